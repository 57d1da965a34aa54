/**
 * Translation notes and word lookup end to end, in the Indonesian sample: double-click (and select + D,
 * and Alt+click) a word and the dictionary popup shows its gloss through the root ("mengakuisisi →
 * akuisisi", "acquisition"); write a translation note on a quote with the toolbar's Translate and see
 * it under the passage, after a reload, on the card, switched by the display toggle (under the text →
 * margin → hidden, remembered), edited from the card and undone with Ctrl+Z.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { annotationsOf, articleBody, dragSelect, openSample, sidebar, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

/** The first dictionary lookup compiles the installed dictionaries into the new library. */
const FIRST_LOOKUP_MS = 30_000;

/** The centre of the first occurrence of `word` in the article, scrolled into view. */
async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((target) => {
    const root = document.querySelector('[data-testid="article-body"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(target);
      if (at === -1) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${target}" is not in the article`);
  }, word);
}

/** The interlinear translation drawn under the block that holds `text` ('' when there is none). */
function interlinearUnder(page: Page, text: string): Promise<string> {
  return page.evaluate((inside) => {
    const block = Array.from(document.querySelectorAll('[data-testid="article-body"] p, [data-testid="article-body"] li')).find((el) =>
      el.textContent?.includes(inside),
    );
    if (!block) throw new Error(`no block holds "${inside}"`);
    const content = getComputedStyle(block, '::after').content;
    return content === 'none' || content === 'normal' ? '' : content.replace(/^"|"$/g, '');
  }, text);
}

describe.skipIf(!availability.ok)(`translation notes (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('looks a word up by double-click and by select + D, with the root used; Esc closes', async () => {
    await withTandai(async (page) => {
      await openSample(page);
      const { x, y } = await wordCentre(page, 'mengakuisisi');
      await page.mouse.dblclick(x, y);
      const popup = page.getByRole('dialog', { name: 'Dictionary: mengakuisisi' });
      await popup.getByText('acquisition').first().waitFor({ timeout: FIRST_LOOKUP_MS });
      await popup.getByText('mengakuisisi → akuisisi').waitFor();
      // It has the focus, and Escape closes it (without leaving the reader).
      expect(await popup.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: /Scale AI Resmi/ }).waitFor();

      // By keyboard: select the word, press D.
      await dragSelect(page, 'mengakuisisi', 'mengakuisisi');
      await page.getByRole('toolbar', { name: 'Selected text' }).waitFor();
      await page.keyboard.press('d');
      await page.getByRole('dialog', { name: 'Dictionary: mengakuisisi' }).getByText('acquisition').first().waitFor();
      await page.getByRole('dialog', { name: 'Dictionary: mengakuisisi' }).getByRole('button', { name: 'Close' }).click();
      await popup.waitFor({ state: 'hidden' });

      // Alt+click on another word: its root and gloss.
      const at = await wordCentre(page, 'kecerdasan');
      await page.keyboard.down('Alt');
      await page.mouse.click(at.x, at.y);
      await page.keyboard.up('Alt');
      const second = page.getByRole('dialog', { name: 'Dictionary: kecerdasan' });
      await second.getByText('kecerdasan → cerdas').waitFor();
      await page.keyboard.press('Escape');
      await second.waitFor({ state: 'hidden' });
    });
  });

  it('writes a translation note on a quote: under the passage, kept after a reload, switched by the display toggle', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      await dragSelect(page, 'Wang, yang tetap menjadi', 'dewan Scale AI');
      await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Translate' }).click();
      const editor = page.getByRole('region', { name: 'Translation note' });
      await editor.waitFor();
      await editor.getByText('Wang, yang tetap menjadi anggota dewan Scale AI').waitFor();
      await editor.getByRole('button', { name: 'Direction: Indonesian → English. Switch' }).waitFor();
      // Word-by-word help from the dictionaries.
      await editor.getByText(/member/).first().waitFor({ timeout: FIRST_LOOKUP_MS });
      const english = 'Wang, who remains a member of the Scale AI board';
      await editor.getByRole('textbox', { name: 'Your translation' }).fill(english);
      await editor.getByRole('button', { name: 'Save translation' }).click();
      await editor.waitFor({ state: 'hidden' });

      await expect.poll(() => interlinearUnder(page, 'Wang, yang tetap menjadi')).toBe(english);
      const [annotation] = await annotationsOf(page, articleId);
      expect(annotation.translation).toEqual({ text: english, from: 'id', to: 'en' });
      // The text of the article is unchanged by the note.
      expect(await articleBody(page).evaluate((el, text) => el.textContent?.includes(text), english)).toBe(false);
      await sidebar(page).getByText(english).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Scale AI Resmi/ }).waitFor();
      await expect.poll(() => interlinearUnder(page, 'Wang, yang tetap menjadi')).toBe(english);

      // Under the text → in the margin (the card only) → hidden.
      await page.getByRole('button', { name: 'Translations: under the text' }).click();
      await page.getByRole('button', { name: 'Translations: in the margin' }).waitFor();
      await expect.poll(() => interlinearUnder(page, 'Wang, yang tetap menjadi')).toBe('');
      await sidebar(page).getByText(english).waitFor();
      await articleBody(page).focus();
      await page.keyboard.press('Shift+T');
      await page.getByRole('button', { name: 'Translations: hidden' }).waitFor();
      await sidebar(page).getByText(english).waitFor({ state: 'hidden' });
      expect(await interlinearUnder(page, 'Wang, yang tetap menjadi')).toBe('');

      // Remembered; and the card's Translate edits the same note.
      await page.reload();
      await page.getByRole('button', { name: 'Translations: hidden' }).waitFor();
      await page.getByRole('button', { name: 'Translations: hidden' }).click();
      await sidebar(page).getByRole('button', { name: /^Translate “Wang, yang tetap/ }).click();
      const again = page.getByRole('region', { name: 'Translation note' });
      await expect.poll(() => again.getByRole('textbox').inputValue()).toBe(english);
      await again.getByRole('textbox').fill('Wang, still on the board');
      await again.getByRole('button', { name: 'Save translation' }).click();
      await again.waitFor({ state: 'hidden' });
      await expect.poll(async () => (await annotationsOf(page, articleId))[0].translation?.text).toBe('Wang, still on the board');
      await expect.poll(() => interlinearUnder(page, 'Wang, yang tetap menjadi')).toBe('Wang, still on the board');
      // Undo brings the earlier translation back.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await annotationsOf(page, articleId))[0].translation?.text).toBe(english);
      await expect.poll(() => interlinearUnder(page, 'Wang, yang tetap menjadi')).toBe(english);
    });
  });
});
