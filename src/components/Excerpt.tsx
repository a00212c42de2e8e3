import { ArticleWords } from './ArticleWords';
import { ARTICLE_CITE } from './articleCite';
import './Excerpt.css';

/** A verbatim passage of the article, kept in English as published; nothing of ours goes in. */
export function Excerpt({ text }: { text: string }) {
  return (
    <blockquote className="excerpt" cite={ARTICLE_CITE} lang="en">
      <p>
        <ArticleWords text={text} />
      </p>
    </blockquote>
  );
}
