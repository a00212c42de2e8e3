import { ARTICLE_CITE } from './articleCite';

/** A verbatim passage of the article; kept in English as published. */
export function Excerpt({ text }: { text: string }) {
  return (
    <blockquote className="excerpt" cite={ARTICLE_CITE} lang="en">
      <p>{text}</p>
    </blockquote>
  );
}
