import { embedInFrame } from './boot/embedInFrame';

/**
 * The boot script's part for a page in another site's frame: an entry of its own, which the boot
 * script (src/main.tsx) loads from #root's `data-in-frame` only when framed.
 */
const container = document.getElementById('root');
if (container) embedInFrame(container);
