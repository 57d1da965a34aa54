import { describe, expect, it } from 'vitest';
import { quoteBlock, quotesDigest } from '../../shared/export/quotes-digest.js';
import { exportLibrary } from './export-fixture.js';

describe('the quotes digest cites the speaker', () => {
  it('puts "— NAME, ROLE" under a quote that has a speaker, and nothing under one that has none', async () => {
    const { library, call, sampleId } = await exportLibrary();
    const { quotes } = await call('quotes.detect', { articleId: sampleId });
    const siddharth = quotes[5];
    await call('annotations.create', {
      articleId: sampleId,
      target: { start: siddharth.start, end: siddharth.end },
      kind: 'quote',
      speaker: { name: siddharth.speaker!, role: siddharth.role! },
    });
    const zeebiz = quotes[1];
    await call('annotations.create', { articleId: sampleId, target: { start: zeebiz.start, end: zeebiz.end }, kind: 'quote', speaker: { name: 'ZeeBiz' } });
    const { article, annotations } = await call('articles.get', { id: sampleId });
    const digest = quotesDigest(article, annotations);
    expect(digest).toContain('> Kesepakatan Meta-Scale AI adalah titik balik\n>\n> — Jonathan Siddharth, CEO Turing\n');
    expect(digest).toContain('> — ZeeBiz\n');
    // Annotations without a speaker get no speaker line: only the citation starts with a dash.
    const plain = annotations.find((a) => !a.speaker)!;
    expect(quoteBlock(article, plain).match(/^> — /gm)).toHaveLength(1);
    // The speaker's name is escaped like any other text.
    const odd = { ...annotations.find((a) => a.speaker?.name === 'ZeeBiz')!, speaker: { name: 'Zee*Biz*', role: '[desk]' } };
    expect(quoteBlock(article, odd)).toContain('> — Zee\\*Biz\\*, \\[desk\\]');
    await library.close();
  });
});
