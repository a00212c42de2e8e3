import { useContext } from 'react';
import { BakesContext } from './BakesContext';

/**
 * Drawings a page does not show at first but will (the deck's chart slides), kept inert in
 * <template>s so the client can read them back (captureBakes) and show a chart slide at once.
 */
export function BakeStore({ keys }: { keys: readonly string[] }) {
  const bakes = useContext(BakesContext);
  return (
    <>
      {keys.map((key) =>
        bakes[key] === undefined ? null : (
          <template
            key={key}
            data-bake={key}
            // Markup Recharts drew at build time (scripts/bakeCharts.tsx); no user input.
            dangerouslySetInnerHTML={{ __html: bakes[key] }}
          />
        ),
      )}
    </>
  );
}
