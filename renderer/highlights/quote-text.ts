/**
 * What "Copy quote" puts on the clipboard: the passage in quotation marks, then the article's
 * title (and where it came from, when known), so a pasted quote keeps its source.
 */

export function quoteForClipboard(passage: string, article: { title: string; sourceUrl?: string; byline?: string }): string {
  const body = passage
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const source = [article.byline, article.title].filter(Boolean).join(', ');
  const lines = [`“${body}”`, `— ${source}`];
  if (article.sourceUrl && /^https?:\/\//i.test(article.sourceUrl)) lines.push(article.sourceUrl);
  return lines.join('\n');
}
