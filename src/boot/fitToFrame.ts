/** How an embed page sits in its frame (`<html data-fit>`; the styles are EmbedView.css's). */
export type Fit = 'none' | 'folded' | 'tight';

/** The page's height as it is, and folded, for a host to size the frame by. */
export interface Heights {
  /** With room enough: what a host that can grow the frame should give it. */
  natural: number;
  /** Folded (description to one line, actions behind one button), where the frame is shorter. */
  folded: number | null;
}

/**
 * Keeps an embed page whole inside a frame its host cannot (or will not) grow: a script-stripping
 * editor's fixed iframe, WordPress's 1,000 px ceiling, a phone's short column. While the content
 * is taller than the frame it first folds (`data-fit="folded"`: the description to one line, the
 * actions gathered behind one button), and where that is not enough it fits the page to the
 * frame (`"tight"`): the chart's body scrolls inside while the title and the source line stay in
 * view. `onHeight` hears the page's heights on start and on every change, for the host to size
 * the frame by: a host that can grow the frame does, and the fit is gone.
 */
export function fitToFrame(
  content: HTMLElement,
  view: Window,
  onHeight: (heights: Heights) => void,
): () => void {
  const root = view.document.documentElement;
  let said = '';
  let frame = 0;
  // While tight the content keeps the frame's size whatever it holds (a tab, the app's chart), so
  // its changes are watched for directly.
  const changes = new MutationObserver(schedule);
  const height = () => Math.ceil(content.getBoundingClientRect().height);

  function measure() {
    frame = 0;
    // Each height is read with its fit set and the right fit set last, in one task: the browser
    // paints none of the trials.
    const before = (root.dataset.fit ?? 'none') as Fit;
    delete root.dataset.fit;
    const natural = height();
    let fit: Fit = 'none';
    let folded: number | null = null;
    if (natural > view.innerHeight) {
      root.dataset.fit = 'folded';
      folded = height();
      fit = folded > view.innerHeight ? 'tight' : 'folded';
    }
    if (fit === 'none') delete root.dataset.fit;
    else root.dataset.fit = fit;
    if (fit === 'tight' && before !== 'tight') {
      changes.observe(content, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['hidden', 'class'],
      });
    } else if (fit !== 'tight' && before === 'tight') {
      changes.disconnect();
    }
    const heights = { natural, folded };
    const key = JSON.stringify(heights);
    if (key !== said) {
      said = key;
      onHeight(heights);
    }
  }

  // Measured in the next frame, not inside the observer: changing the fit there would change the
  // observed size in the same pass (a "ResizeObserver loop" error on the host's console).
  function schedule() {
    if (!frame) frame = view.requestAnimationFrame(measure);
  }

  const resize = new ResizeObserver(schedule);
  resize.observe(content);
  view.addEventListener('resize', schedule);
  measure();
  return () => {
    resize.disconnect();
    changes.disconnect();
    view.removeEventListener('resize', schedule);
    if (frame) view.cancelAnimationFrame(frame);
  };
}
