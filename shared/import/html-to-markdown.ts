/**
 * The cleaned article element → the canonical markdown an article stores, with turndown (GFM tables
 * and strikethrough). What is kept and how:
 * - headings, paragraphs, lists, blockquotes, emphasis, code, GFM tables;
 * - links only to http(s) addresses; any other link (mailto:, javascript:, #anchors, relative
 *   links on a page with no known address) becomes its plain text;
 * - images as their alt text, in image syntax with the http(s) address, so an export still points
 *   at the picture while Tandai only ever shows the alt text (nothing remote is fetched);
 * - captions (marked by clean-html.ts) as a paragraph that is wholly emphasised: "*Foto: …*".
 * Tables markdown cannot express (cells holding paragraphs or lists: layout tables) are unwrapped
 * into their cells' content; a data table without a header row gets its first row as header.
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from 'turndown-plugin-gfm';
import { escapeMarkdownInline } from '../markdown/escape-markdown.js';
import { collapseSpace } from './classify-line.js';
import { CAPTION_ATTRIBUTE } from './clean-html.js';
import { httpUrl } from './normalize-url.js';

const BLOCK_IN_CELL = 'p, div, ul, ol, dl, pre, table, blockquote, h1, h2, h3, h4, h5, h6';

/** Markdown link destinations: parentheses and spaces would end them early. */
function destination(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.use([tables, strikethrough]);
  service.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'svg', 'canvas', 'video', 'audio', 'title', 'meta', 'link'] as TurndownService.TagName[]);
  // Turndown escapes markdown syntax; we also escape what marked would read as HTML or an entity.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<').replace(/&(?=[a-zA-Z#][a-zA-Z0-9]*;)/g, '&amp;');

  service.addRule('tandaiCaption', {
    filter: (node) => node.hasAttribute(CAPTION_ATTRIBUTE),
    replacement: (_content, node) => {
      const text = collapseSpace(node.textContent ?? '');
      return text ? `\n\n*${escapeMarkdownInline(text)}*\n\n` : '';
    },
  });
  service.addRule('tandaiImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const alt = collapseSpace(node.getAttribute('alt') ?? '');
      if (!alt) return '';
      const src = httpUrl(node.getAttribute('src'));
      return `![${escapeMarkdownInline(alt)}](${src ? destination(src) : ''})`;
    },
  });
  service.addRule('tandaiLink', {
    filter: 'a',
    replacement: (content, node) => {
      const href = httpUrl(node.getAttribute('href'));
      if (!href || !content.trim()) return content;
      const title = node.getAttribute('title');
      return `[${content}](${destination(href)}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
    },
  });
  service.addRule('tandaiPre', {
    filter: 'pre',
    replacement: (_content, node) => {
      const code = (node.textContent ?? '').replace(/\n$/, '');
      const language = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(`${node.getAttribute('class') ?? ''} ${node.querySelector('code')?.getAttribute('class') ?? ''}`)?.[1] ?? '';
      const f = fence(code);
      return `\n\n${f}${language}\n${code}\n${f}\n\n`;
    },
  });
  // "- item" rather than turndown's "-   item"; continuation lines indented to match.
  service.addRule('tandaiListItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let marker = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1') || 1;
        marker = `${start + [...parent.children].indexOf(node)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${' '.repeat(marker.length)}`);
      return marker + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  service.addRule('tandaiStrikethrough', {
    filter: ['del', 's', 'strike' as TurndownService.TagName],
    replacement: (content) => `~~${content}~~`,
  });
  service.addRule('tandaiTableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const cell = content.replace(/\n+/g, ' ').replace(/\|/g, '\\|').trim();
      const first = node.parentNode?.firstElementChild === node;
      return `${first ? '| ' : ' '}${cell} |`;
    },
  });
  return service;
}

let service: TurndownService | undefined;

/** Tables markdown can hold; layout tables unwrapped (see the module comment). */
function normalizeTables(root: Element): void {
  const document = root.ownerDocument;
  // Innermost first, so an unwrapped inner table does not make its outer one look like layout.
  for (const table of [...root.querySelectorAll('table')].reverse()) {
    const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
    const cells = rows.flatMap((tr) => [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
    const layout = rows.length === 0 || cells.length <= 1 || cells.some((c) => c.querySelector(BLOCK_IN_CELL));
    if (layout) {
      const parts: Node[] = [];
      const caption = table.querySelector('caption');
      if (caption) parts.push(caption);
      for (const cell of cells) {
        const div = document.createElement('div');
        div.append(...cell.childNodes);
        parts.push(div);
      }
      table.replaceWith(...parts);
      continue;
    }
    const caption = [...table.children].find((c) => c.tagName === 'CAPTION');
    if (caption) {
      const p = document.createElement('p');
      p.setAttribute(CAPTION_ATTRIBUTE, '');
      p.textContent = caption.textContent;
      caption.remove();
      table.before(p);
    }
    const first = rows[0];
    if (![...first.children].every((c) => c.tagName === 'TH') || first.parentElement?.tagName === 'TFOOT') {
      for (const td of [...first.children]) {
        const th = document.createElement('th');
        th.append(...td.childNodes);
        td.replaceWith(th);
      }
    }
    // The GFM plugin recognises a header row as the first row of the table or of its first section.
    if (first.parentElement !== table && first.parentElement?.tagName !== 'THEAD' && first.parentElement?.firstElementChild !== first) {
      table.prepend(first);
    }
  }
}

/** An image whose alt text repeats the caption under it adds nothing. */
function dropImagesRepeatingCaptions(root: Element): void {
  for (const img of [...root.querySelectorAll('img')]) {
    const alt = collapseSpace(img.getAttribute('alt') ?? '').toLowerCase();
    const caption = img.closest('figure')?.querySelector(`[${CAPTION_ATTRIBUTE}], figcaption`);
    if (alt && caption && collapseSpace(caption.textContent ?? '').toLowerCase().startsWith(alt)) img.remove();
  }
}

/** Removes the first heading when it repeats the title (the title is stored on its own). */
function dropTitleHeading(root: Element, title: string | undefined): void {
  if (!title) return;
  const heading = root.querySelector('h1, h2');
  const normalized = (s: string) => collapseSpace(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (heading && normalized(heading.textContent ?? '') === normalized(title)) {
    // Only when nothing but wrappers comes before it.
    const before = root.textContent?.indexOf(heading.textContent ?? '') ?? -1;
    if (before >= 0 && !(root.textContent ?? '').slice(0, before).trim()) heading.remove();
  }
}

export function articleToMarkdown(root: Element, title?: string): string {
  normalizeTables(root);
  dropImagesRepeatingCaptions(root);
  dropTitleHeading(root, title);
  service ??= createService();
  const markdown = service.turndown(root as unknown as TurndownService.Node).trim();
  return markdown ? `${markdown}\n` : '';
}
