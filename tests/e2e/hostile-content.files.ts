/**
 * Wraps each hostile payload (hostile-content.cases.ts) in an article a reader would import: a web
 * page with enough story around it for the readability step, a markdown file, and a plain text file.
 * The case id is in the title and the text, so every file is its own article.
 */
import type { HostileCase } from './hostile-content.cases.js';

export type HostileFormat = 'html' | 'md' | 'txt';
export const HOSTILE_FORMATS: HostileFormat[] = ['html', 'md', 'txt'];

const STORY = [
  'The harbour master said the ferries would keep their winter timetable until the end of the month, when the new pier opens.',
  'Fishermen at the market reported a good catch of mackerel and tuna this week, and prices at the auction fell slightly.',
  'Local officials plan to repair the coastal road before the rainy season, using funds from the provincial budget.',
];

export function titleOf(c: HostileCase, format: HostileFormat): string {
  return `Hostile case ${c.id} as ${format}`;
}

export function hostileFile(c: HostileCase, format: HostileFormat): { name: string; text: string } {
  const title = titleOf(c, format);
  const name = `${c.id}.${format}`;
  if (format === 'html') {
    // The payload sits in the head too, where <base>, <meta> and <link> tricks belong.
    const text = `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>${c.payload}</head>
<body><article><h1>${title}</h1>
<p>${STORY[0]} Case ${c.id}.</p>
<p>${STORY[1]}</p>
${c.payload}
<p>Before the payload: ${c.payload} after the payload.</p>
<p>${STORY[2]}</p>
</article></body></html>`;
    return { name, text };
  }
  if (format === 'md') {
    return { name, text: `# ${title}\n\n${STORY[0]} Case ${c.id}.\n\n${STORY[1]}\n\n${c.payload}\n\nInline: ${c.payload} end.\n\n${STORY[2]}\n` };
  }
  return { name, text: `${title}\n\n${STORY[0]} Case ${c.id}.\n\n${STORY[1]}\n\n${c.payload}\n\n${STORY[2]}\n` };
}
