/**
 * What the highlight specs share: a session per test on a fresh library, opening the sample, selecting
 * text with the mouse as a user does (press on the first character, release on the last), and reading
 * the marks and the stored annotations back.
 */
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import type { Annotation } from '../../shared/model.js';
import { launchTandai, makeTempDir, removeDir, type TandaiSession } from './launcher.js';
import { callInPage } from './page-api.js';

export const SAMPLE_TITLE = /Scale AI Resmi Diakuisisi 49% oleh Meta/;

const open = new Set<TandaiSession>();
afterAll(async () => {
  await Promise.all([...open].map((session) => session.close()));
});

export async function withTandai(run: (page: Page) => Promise<void>, extraArgs: string[] = []): Promise<void> {
  const libraryDir = await makeTempDir();
  let session: TandaiSession | undefined;
  try {
    session = await launchTandai({ libraryDir, extraArgs });
    open.add(session);
    // Wide enough for the sidebar beside the text.
    await session.page.setViewportSize({ width: 1400, height: 900 });
    await run(session.page);
  } finally {
    if (session) {
      open.delete(session);
      await session.close();
    }
    await removeDir(libraryDir);
  }
}

export async function openSample(page: Page): Promise<string> {
  const row = page.getByRole('row', { name: SAMPLE_TITLE });
  await row.getByRole('button', { name: SAMPLE_TITLE }).filter({ hasText: SAMPLE_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
  const { articles } = await callInPage(page, 'articles.list', {});
  return articles.find((a) => SAMPLE_TITLE.test(a.title))!.id;
}

export function articleBody(page: Page) {
  return page.getByRole('article', { name: SAMPLE_TITLE });
}

export function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Annotations' });
}

/** Selects with the mouse from the first character of `from` to the last character of `to` (each inside one text node). */
export async function dragSelect(page: Page, from: string, to: string): Promise<void> {
  const points = await page.evaluate(
    ([fromText, toText]) => {
      const root = document.querySelector('[data-testid="article-body"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const si = nodes.findIndex((node) => node.data.includes(fromText));
      if (si === -1) throw new Error(`"${fromText}" is not inside one text node of the article`);
      const start = { node: nodes[si], at: nodes[si].data.indexOf(fromText) };
      let end: { node: Text; at: number } | null = null;
      for (let i = si; i < nodes.length && !end; i++) {
        const at = nodes[i].data.indexOf(toText, i === si ? start.at : 0);
        if (at !== -1) end = { node: nodes[i], at };
      }
      if (!end) throw new Error(`"${toText}" does not follow "${fromText}" inside one text node`);
      const rectOf = (node: Text, offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      // Scroll once, so both ends are measured where they will be clicked.
      start.node.parentElement!.scrollIntoView({ block: 'center' });
      const a = rectOf(start.node, start.at);
      const b = rectOf(end.node, end.at + toText.length - 1);
      return { x1: a.left, y1: a.top + a.height / 2, x2: b.right, y2: b.top + b.height / 2 };
    },
    [from, to] as const,
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
  // Hit-testing at a glyph's edge can land one character off; the specs are about what follows a selection,
  // so pin it to exactly the intended characters (still a real selection made by the pointer above).
  await page.evaluate(
    ([fromText, toText]) => {
      const selection = document.getSelection()!;
      const normalized = (s: string) => s.replace(/\s+/g, ' ').trim();
      const text = selection.toString();
      if (normalized(text).startsWith(normalized(fromText)) && normalized(text).endsWith(normalized(toText))) return;
      const root = document.querySelector('[data-testid="article-body"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const si = nodes.findIndex((node) => node.data.includes(fromText));
      const sa = nodes[si].data.indexOf(fromText);
      for (let i = si; i < nodes.length; i++) {
        const at = nodes[i].data.indexOf(toText, i === si ? sa : 0);
        if (at === -1) continue;
        selection.setBaseAndExtent(nodes[si], sa, nodes[i], at + toText.length);
        return;
      }
    },
    [from, to] as const,
  );
}

/** The marks in the article: [id, text] in document order. */
export function marks(page: Page): Promise<[string, string][]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="article-body"] mark[data-annotation-id]'), (m) => [
      m.getAttribute('data-annotation-id')!,
      m.textContent ?? '',
    ]),
  ) as Promise<[string, string][]>;
}

export async function marksOf(page: Page, id: string): Promise<string[]> {
  return (await marks(page)).filter(([markId]) => markId === id).map(([, text]) => text);
}

export async function annotationsOf(page: Page, articleId: string): Promise<Annotation[]> {
  return (await callInPage(page, 'articles.get', { id: articleId })).annotations;
}

/** The text a span of marks covers, pieces joined as the canonical text joins blocks. */
export const quoteOf = (annotation: Annotation) => annotation.target.selector[0].exact;

/** Waits until the screen-reader live region says `text`. */
export async function announced(page: Page, text: string | RegExp): Promise<void> {
  await page.getByTestId('reader-announcer').filter({ hasText: text }).waitFor();
}
