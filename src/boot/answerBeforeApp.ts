/**
 * What the prerendered page answers by itself before the app is here, so that a reader's first
 * tap is never lost nor kept waiting (the boot script runs it; src/hydrate.tsx takes over):
 *
 * - A chart's Chart | Table | Sources tabs switch at once, by click or by the tabs pattern's keys
 *   (arrows, Home, End). The app reads the choice from the page and hydrates with it.
 * - The currency radios show the choice at once: the root's `data-currency` (as showCurrency.ts
 *   sets it) switches the baked charts and the figures, which carry both currencies. The app
 *   reads the checked radio as it hydrates.
 * - Any other button tapped before the app is here (Embed, downloads, Copy link), but for one the
 *   browser answers itself (a popover's), is marked with
 *   `data-clicked-before-app`; the app clicks it again the moment it hydrates, so the tap is
 *   answered then instead of forgotten.
 * - On the deck, keys are kept in order in #root's `data-deck-keys`; the deck takes the steps
 *   they mean as it wakes (useDeck's takeSteps), so a presenter's first → a moment after the
 *   page opened is not lost.
 *
 * Both stop once #root carries `data-awake`, set by the app right before it hydrates: from then
 * on React answers, and replays what it gets during hydration itself. The attribute names are
 * literals here and in hydrate.tsx, and the keys repeat Tabs.tsx's: code shared with the app
 * would put a shared chunk in the boot request (tests/component/boot/answerBeforeApp.test.tsx
 * runs these against the real Tabs markup).
 */
export function answerBeforeApp(container: HTMLElement): void {
  const awake = () => 'awake' in container.dataset;

  function select(tab: HTMLElement) {
    const list = tab.closest('[role="tablist"]');
    if (!list) return;
    for (const other of list.querySelectorAll<HTMLElement>('[role="tab"]')) {
      const on = other === tab;
      other.setAttribute('aria-selected', String(on));
      other.tabIndex = on ? 0 : -1;
      const panel = container.ownerDocument.getElementById(
        other.getAttribute('aria-controls') ?? '',
      );
      if (panel) panel.hidden = !on;
    }
  }

  container.addEventListener('click', (event) => {
    if (awake() || !(event.target instanceof Element)) return;
    const tab = event.target.closest<HTMLElement>('[role="tab"]');
    if (tab) return select(tab);
    const button = event.target.closest('button');
    // A button that opens a popover answered by itself (the browser's own): tapped again it
    // would close what the reader just opened.
    if (!button || button.disabled || button.hasAttribute('popovertarget')) return;
    container
      .querySelector('[data-clicked-before-app]')
      ?.removeAttribute('data-clicked-before-app');
    button.setAttribute('data-clicked-before-app', '');
  });

  container.addEventListener('change', (event) => {
    const input = event.target;
    if (awake() || !(input instanceof HTMLInputElement) || input.name !== 'currency') return;
    if (input.value === 'EUR' || input.value === 'USD') {
      container.ownerDocument.documentElement.dataset.currency = input.value;
    }
  });

  container.ownerDocument.defaultView?.addEventListener('keydown', (event) => {
    if (awake() || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!container.querySelector('main.deck')) return;
    // Every key, one a line ("S" for Shift+Space): useDeck's takeSteps knows which move slides.
    const key = event.shiftKey && event.key === ' ' ? 'S' : event.key;
    container.dataset.deckKeys = `${container.dataset.deckKeys ?? ''}${key}\n`;
  });

  container.addEventListener('keydown', (event) => {
    if (awake() || !(event.target instanceof Element)) return;
    const tab = event.target.closest<HTMLElement>('[role="tab"]');
    const list = tab?.closest('[role="tablist"]');
    if (!tab || !list) return;
    const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(tab);
    const last = tabs.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = tabs[next[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    select(target);
    target.focus();
  });
}
