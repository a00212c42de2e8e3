/**
 * A Node module hook: outside Vite, a component's `import './X.css'` imports nothing.
 * scripts/bakeCharts.tsx draws the charts' components in Node, where a stylesheet is not a module;
 * the page's styles are Vite's to bundle (see scripts/pageStyles.ts).
 */
export async function load(url, context, nextLoad) {
  if (new URL(url).pathname.endsWith('.css')) {
    return { format: 'module', source: '', shortCircuit: true };
  }
  return nextLoad(url, context);
}
