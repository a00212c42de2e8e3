import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { domRect } from '../scripts/domRect';
import { registerAllCatalogues } from '../src/lib/i18n/registerAllCatalogues';

afterEach(() => cleanup());

// The app loads German on demand; tests render both languages at will.
registerAllCatalogues();

// jsdom has no idle callbacks. Work the app leaves for a quiet moment (fetching chart and dialog
// code ahead) never runs in component tests, so no import lands after a test has torn down; tests
// of idle behaviour stub their own.
if (typeof window !== 'undefined' && !('requestIdleCallback' in window)) {
  Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined });
}

// jsdom has no ResizeObserver; Recharts' ResponsiveContainer needs one to exist.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}

// jsdom lays nothing out, so every box measures 0×0 and Recharts would draw nothing. Give chart
// containers the size a desktop browser gives them; the e2e tests check real layout.
if (typeof window !== 'undefined') {
  const measure = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
    if (!this.classList.contains('recharts-responsive-container')) return measure.call(this);
    const [width, height] = [640, 340];
    return domRect(width, height);
  };
}
