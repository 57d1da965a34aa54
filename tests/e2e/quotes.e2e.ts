/**
 * Quotations end to end, in the Indonesian sample: open the Quotes panel (tab and Shift+Q), see the
 * detected speakers, keep one quotation with "Keep quote" and another with Q on a selection, reload,
 * find both as annotations of kind quote with their speakers on the cards, and edit a speaker there.
 */
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { annotationsOf, announced, dragSelect, openSample, quoteOf, sidebar, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

describe.skipIf(!availability.ok)(`quotations (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('lists the quotations with their speakers, keeps one in a click and one with Q, and keeps the speaker across a reload', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      await page.getByRole('tab', { name: 'Quotes' }).click();
      const panel = page.getByRole('complementary', { name: 'Quotations' });
      await panel.getByText('8 quotations').waitFor();
      const items = panel.getByRole('listitem');
      expect(await items.count()).toBe(8);
      for (const speaker of ['— Meta', '— ZeeBiz', '— Louise Matsakis, Semafor Technology', '— Raja Krishnamoorthi, Anggota Kongres', '— juru bicara Scale AI', '— Garrett Lord, CEO Handshake']) {
        await panel.getByText(speaker, { exact: true }).waitFor();
      }
      expect(await panel.getByText('— Jonathan Siddharth, CEO Turing', { exact: true }).count()).toBe(2);

      // Clicking a quotation selects it in the text.
      await panel.getByRole('button', { name: /^Show “Kesepakatan Meta-Scale AI/ }).click();
      await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('Kesepakatan Meta-Scale AI adalah titik balik');

      // One click keeps it, with its speaker.
      await panel.getByRole('button', { name: /^Keep quote “Kesepakatan Meta-Scale AI/ }).click();
      await announced(page, 'Quote kept with its speaker.');
      await panel.getByRole('listitem').filter({ hasText: 'Kesepakatan Meta-Scale AI' }).getByText('Kept').waitFor();
      let annotations = await annotationsOf(page, articleId);
      expect(annotations).toHaveLength(1);
      expect(annotations[0]).toMatchObject({ kind: 'quote', speaker: { name: 'Jonathan Siddharth', role: 'CEO Turing' } });
      expect(quoteOf(annotations[0])).toBe('Kesepakatan Meta-Scale AI adalah titik balik');

      // Q on a selection inside another quotation keeps that whole quotation with its speaker.
      await dragSelect(page, 'Permintaan kami', 'tiga kali lipat');
      await page.getByRole('toolbar', { name: 'Selected text' }).waitFor();
      await page.keyboard.press('q');
      await expect.poll(async () => (await annotationsOf(page, articleId)).length).toBe(2);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Scale AI Resmi/ }).waitFor();
      annotations = await annotationsOf(page, articleId);
      const lord = annotations.find((a) => a.speaker?.name === 'Garrett Lord')!;
      expect(lord).toMatchObject({ kind: 'quote', speaker: { name: 'Garrett Lord', role: 'CEO Handshake' } });
      // The whole detected quotation, not just the selected words.
      const { quotes } = await callInPage(page, 'quotes.detect', { articleId });
      expect(quoteOf(lord)).toBe(quotes[7].quote);
      // The annotations tab shows the cards with their speakers.
      const cards = sidebar(page);
      await cards.getByText('— Jonathan Siddharth, CEO Turing').waitFor();
      await cards.getByText('— Garrett Lord, CEO Handshake').waitFor();

      // Shift+Q shows the quotations again; the kept ones say so.
      await page.getByRole('heading', { level: 1, name: /Scale AI Resmi/ }).click();
      await page.keyboard.press('Shift+Q');
      expect(await panel.getByText('Kept', { exact: true }).count()).toBe(2);
      await page.keyboard.press('Shift+Q');

      // The speaker can be edited on the card.
      await cards.getByRole('button', { name: /^Edit the note, tags and colour of “Permintaan kami/ }).click();
      const editor = page.getByRole('form', { name: 'Edit annotation' });
      await editor.getByLabel('Speaker').fill('Garrett Lord');
      await editor.getByLabel('Role (optional)').fill('pendiri Handshake');
      await editor.getByRole('button', { name: 'Save' }).click();
      await cards.getByText('— Garrett Lord, pendiri Handshake').waitFor();
      await expect.poll(async () => (await annotationsOf(page, articleId)).find((a) => a.id === lord.id)?.speaker).toEqual({ name: 'Garrett Lord', role: 'pendiri Handshake' });
    });
  });
});
