/**
 * What `tandai search` prints: the matching articles with their snippets, then the glossary entries
 * that matched ("juru bicara → spokesperson"), matched words between «» for a terminal; with --json,
 * one array of both, each item saying its `kind` ('article' or 'glossary').
 */
import type { Result } from '../../shared/api.js';

type Answer = Result<'search.query'>;

/** The --json value: the articles (as before), then the glossary hits. */
export function searchJson(answer: Answer): unknown[] {
  return [...answer.results.map((r) => ({ kind: 'article', ...r })), ...answer.glossary.map((g) => ({ kind: 'glossary', ...g }))];
}

export function searchText(answer: Answer, query: string): string {
  if (answer.results.length === 0 && answer.glossary.length === 0) return `Nothing in the library matches “${query}”.\n`;
  const articles = answer.results.map((r) => {
    const lines = r.matches.map((m) => `    ${m.field.padEnd(11)} ${markSnippet(m.snippet, m.highlights)}\n`);
    return `${r.articleId}  ${r.title}\n${lines.join('')}`;
  });
  const glossary = answer.glossary.map((g) => {
    const part = (name: 'source' | 'target', text: string) => {
      const match = g.matches.find((m) => m.part === name);
      return match ? markSnippet(match.snippet, match.highlights) : text;
    };
    const from = g.articleTitle ? `  (from “${g.articleTitle}”)` : '';
    const lines = g.matches.filter((m) => m.part === 'note' || m.part === 'sentence').map((m) => `    ${m.part.padEnd(11)} ${markSnippet(m.snippet, m.highlights)}\n`);
    return `glossary  ${part('source', g.source)} → ${part('target', g.target)}  [${g.from} → ${g.to}]${from}\n${lines.join('')}`;
  });
  return [...articles, ...glossary].join('');
}

/** A snippet with its matches between «», for a terminal. */
function markSnippet(snippet: string, highlights: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += `${snippet.slice(at, h.start)}«${snippet.slice(h.start, h.end)}»`;
    at = h.end;
  }
  return out + snippet.slice(at);
}
