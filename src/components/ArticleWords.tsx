import { Fragment } from 'react';
import { splitQuoted } from '../lib/splitQuoted';

/** An article passage as the article has it, with the speakers' words in `<q>`. */
export function ArticleWords({ text }: { text: string }) {
  return (
    <>
      {splitQuoted(text).map((run, i) =>
        run.quoted ? <q key={i}>{run.text}</q> : <Fragment key={i}>{run.text}</Fragment>,
      )}
    </>
  );
}
