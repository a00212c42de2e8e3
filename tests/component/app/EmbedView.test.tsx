import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_VIEWS } from '../../../src/app/allViews';
import { App } from '../../../src/app/App';
import { dataset } from '../../../src/data/dataset';
import { DEFAULT_OPTIONS } from '../../../src/lib/urlOptions';

function renderRoute(route: Parameters<typeof App>[0]['route'], options = DEFAULT_OPTIONS) {
  return render(
    <App route={route} View={ALL_VIEWS[route.name]} dataset={dataset} options={options} base="/" />,
  );
}

/**
 * The embed's menu is a popover, which jsdom (as a browser) hides until opened: its own
 * stylesheet shows it in the card while the frame has room, so the tests read it too.
 */
function withMenuStyles(): () => void {
  const style = document.createElement('style');
  style.textContent = readFileSync('src/features/share/EmbedMenu.css', 'utf8');
  document.head.append(style);
  return () => style.remove();
}

describe('the embed page', () => {
  let removeStyles: () => void;
  beforeEach(() => {
    removeStyles = withMenuStyles();
  });
  afterEach(() => {
    removeStyles();
    delete document.documentElement.dataset.sandboxed;
  });

  it('shows one chart as the page title, with tabs, source and downloads, and no site navigation', () => {
    renderRoute({ name: 'embed', chartId: 'aid-totals' }, { ...DEFAULT_OPTIONS, currency: 'USD' });
    expect(
      screen.getByRole('heading', { level: 1, name: /^Aid provided and exports authorised/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Chart',
      'Table',
      'Sources',
    ]);
    expect(
      screen.getByText('Source: Defense News, report by Linus Höller, July 2024.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    // The Table tab's panel is hidden but present (and prerendered).
    expect(
      within(screen.getByRole('table', { hidden: true })).getByText('$11.03 billion'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByRole('link', { name: /^Full dashboard/ })).toHaveAttribute('href', '/');
    // The menu's one button is for a frame too short for the page; here everything is in view.
    expect(screen.queryByRole('button', { name: 'More options' })).toBeNull();
    expect(
      screen.getByText('Downloads are blocked in this frame.', { exact: false }),
    ).not.toBeVisible();
  });

  it('in a sandbox that refuses downloads, shows where they work instead', () => {
    document.documentElement.dataset.sandboxed = '';
    renderRoute({ name: 'embed', chartId: 'aid-totals' }, { ...DEFAULT_OPTIONS, currency: 'USD' });
    for (const name of ['Download PNG', 'Download SVG']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    for (const name of ['Download CSV', 'Data (JSON)']) {
      expect(screen.queryByRole('link', { name })).toBeNull();
    }
    // Copying works in any frame (copyText), so it stays.
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(
      screen.getByText('Downloads are blocked in this frame.', { exact: false }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the chart on its own page' })).toHaveAttribute(
      'href',
      '/?currency=USD#chart-aid-totals',
    );
    expect(screen.getByRole('link', { name: /^Full dashboard/ })).toBeVisible();
  });

  it('shows the timeline as a dated list with how each date is known', async () => {
    renderRoute({ name: 'embed', chartId: 'timeline' });
    // Its code comes on demand (not in the dashboard's first view).
    const list = await screen.findByRole('group', {
      name: 'Timeline: from NATO’s founding to the Wiesbaden command',
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    const patriot = within(list).getByText('The third Patriot system arrives').closest('li');
    expect(patriot).toHaveTextContent('Date inferred from had recently arrived');
    expect(patriot).toHaveTextContent('Event in the article');
    expect(list.querySelectorAll('time[datetime]').length).toBeGreaterThanOrEqual(8);
  });
});

describe('the embed index', () => {
  it('lists every embeddable chart with a link, a preview and its code', () => {
    renderRoute({ name: 'embed-index' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Embeddable charts' }),
    ).toBeInTheDocument();
    const links = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => within(h).getByRole('link'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/embed/aid-totals/',
      '/embed/drones/',
      '/embed/timeline/',
    ]);
    expect(
      screen.getAllByTitle(/\(German military aid to Ukraine, data from Defense News\)$/),
    ).toHaveLength(3);
    expect(screen.getAllByLabelText('Embed code')).toHaveLength(3);
  });
});
