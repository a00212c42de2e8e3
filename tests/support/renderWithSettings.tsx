import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SettingsProvider } from '../../src/lib/SettingsProvider';
import { DEFAULT_OPTIONS, type Options } from '../../src/lib/urlOptions';

/** Renders a view as the app does, with the given view options. */
export function renderWithSettings(ui: ReactElement, options: Partial<Options> = {}) {
  return render(
    <SettingsProvider initial={{ ...DEFAULT_OPTIONS, ...options }}>{ui}</SettingsProvider>,
  );
}
