/**
 * What `cite` points at on quotes and excerpts. The article's web address is not in the text we
 * hold, so quotes cite the page's own credit for the article instead of an invented URL.
 */
export const ARTICLE_CITE = '#source-article';
