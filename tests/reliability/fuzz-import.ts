/**
 * Fuzzing the importers: random bytes, mutated fixtures, deeply nested HTML, giant attributes,
 * broken encodings and the like go through the whole import pipeline (bytes → draft → article).
 * Every case must either import or fail with an ApiError sentence — no other exception — and no
 * case may take over 5 s of CPU time. Runs from tests/reliability/fuzz.test.ts (a few hundred cases) and on
 * its own for a long run: `npx tsx tests/reliability/fuzz-import.ts 10000`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../shared/api-error.js';
import { articleFromBytes } from '../../electron/import/import-file.js';
import { SAMPLE } from '../helpers/fixtures.js';
import { seededRandom } from '../../bench/seeded-random.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CASE_LIMIT_MS = 5000;


type Case = { name: string; bytes: Uint8Array };

function fixtures(): Case[] {
  const dir = path.join(here, '..', 'fixtures');
  const files = readdirSync(dir).filter((n) => /\.(html|txt|md)$/.test(n)).map((n) => path.join(dir, n));
  return [...files, SAMPLE].map((file) => ({ name: path.basename(file), bytes: readFileSync(file) }));
}

const TAGS = ['div', 'p', 'span', 'article', 'section', 'table', 'tr', 'td', 'ul', 'li', 'b', 'i', 'a', 'blockquote', 'h2', 'script', 'style', 'svg', 'math', 'template', 'iframe', 'img', 'noscript'];

/** The generators; each returns one case from the random source. */
const generators: Array<(random: () => number, seeds: Case[]) => Case> = [
  (random) => ({ name: 'random.txt', bytes: Uint8Array.from({ length: Math.floor(random() * 4000) }, () => Math.floor(random() * 256)) }),
  (random) => ({ name: 'random.html', bytes: Uint8Array.from({ length: Math.floor(random() * 4000) }, () => 32 + Math.floor(random() * 95)) }),
  (random, seeds) => {
    // Flip, delete and duplicate bytes of a real fixture.
    const seed = seeds[Math.floor(random() * seeds.length)];
    const bytes = Array.from(seed.bytes);
    const edits = 1 + Math.floor(random() * 40);
    for (let i = 0; i < edits && bytes.length; i++) {
      const at = Math.floor(random() * bytes.length);
      const kind = random();
      if (kind < 0.4) bytes[at] = Math.floor(random() * 256);
      else if (kind < 0.7) bytes.splice(at, 1 + Math.floor(random() * 50));
      else bytes.splice(at, 0, ...bytes.slice(at, at + Math.floor(random() * 200)));
    }
    return { name: `mutated-${seed.name}`, bytes: Uint8Array.from(bytes) };
  },
  (random) => {
    const depth = 500 + Math.floor(random() * 5000);
    const tag = TAGS[Math.floor(random() * 8)];
    return { name: 'nested.html', bytes: Buffer.from(`<html><body>${`<${tag}>`.repeat(depth)}Isi terdalam.${random() < 0.5 ? `</${tag}>`.repeat(depth) : ''}</body></html>`) };
  },
  (random) => {
    const size = 100_000 + Math.floor(random() * 2_000_000);
    return { name: 'giant-attribute.html', bytes: Buffer.from(`<html><head><title>T</title></head><body><p data-x="${'a'.repeat(size)}" title='${'"'.repeat(1000)}'>Paragraf pertama yang cukup panjang untuk dibaca oleh pembaca.</p></body></html>`) };
  },
  (random) => {
    // Tag soup: unbalanced, interleaved, hostile.
    let html = '<!doctype html><title>Sup</title>';
    for (let i = 0; i < 300; i++) {
      const tag = TAGS[Math.floor(random() * TAGS.length)];
      const r = random();
      if (r < 0.4) html += `<${tag} onclick="alert(1)" href="javascript:alert(${i})">`;
      else if (r < 0.6) html += `</${tag}>`;
      else if (r < 0.7) html += '<!--';
      else if (r < 0.75) html += ']]><![CDATA[';
      else html += ' Kata-kata berita yang biasa saja dan cukup panjang. ';
    }
    return { name: 'soup.html', bytes: Buffer.from(html) };
  },
  (random) => {
    // Declared and real encodings that disagree.
    const charset = ['utf-8', 'iso-8859-1', 'windows-1252', 'shift_jis', 'utf-16', 'x-unknown', ''][Math.floor(random() * 7)];
    const body = Buffer.from(`<html><head><meta charset="${charset}"><title>Caf\u00e9</title></head><body><p>${'Se\u00f1or caf\u00e9 na\u00efve. '.repeat(30)}</p></body></html>`, random() < 0.5 ? 'latin1' : 'utf8');
    return { name: 'charset.html', bytes: body };
  },
  (random) => ({ name: 'markdown.md', bytes: Buffer.from(`---\ntitle: [unclosed\n${'>'.repeat(Math.floor(random() * 3000))} ${'*'.repeat(Math.floor(random() * 3000))}\n${'- '.repeat(2000)}x\n${'['.repeat(5000)}\n`) }),
  (random) => ({ name: random() < 0.5 ? 'doc.pdf.txt' : 'book.html', bytes: Buffer.concat([Buffer.from(random() < 0.5 ? '%PDF-1.7\n' : 'PK\u0003\u0004'), Buffer.alloc(2000, 7)]) }),
];

export interface FuzzReport {
  cases: number;
  imported: number;
  refused: number;
  slowest: { name: string; ms: number };
  failures: string[];
}

export function runFuzz(count: number, seed = 7, only?: number): FuzzReport {
  const random = seededRandom(seed);
  const seeds = fixtures();
  const report: FuzzReport = { cases: 0, imported: 0, refused: 0, slowest: { name: '', ms: 0 }, failures: [] };
  for (let i = 0; i < count; i++) {
    const c = generators[i % generators.length](random, seeds);
    if (only !== undefined && i !== only) continue;
    // CPU time, not wall time: the limit is about what a case costs, not how busy the machine is.
    const started = process.cpuUsage();
    try {
      const article = articleFromBytes(c.bytes, c.name);
      if (!article.title || typeof article.text !== 'string') report.failures.push(`case ${i} (${c.name}): an article without title or text`);
      if (/<script|onerror=|javascript:/i.test(article.markdown.replace(/\\</g, ''))) {
        // Escaped or code-quoted text is fine; live markup in the stored markdown is not.
        if (/<script[\s>]/i.test(article.markdown)) report.failures.push(`case ${i} (${c.name}): a script tag survived into the markdown`);
      }
      report.imported++;
    } catch (error) {
      if (error instanceof ApiError && /^[A-Z"“].*[.)]$/s.test(error.message) && !error.message.includes('\n    at ')) report.refused++;
      else {
        report.failures.push(`case ${i} (${c.name}): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        if (process.env.TANDAI_FUZZ_DEBUG) console.error(error);
      }
    }
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    if (ms > report.slowest.ms) report.slowest = { name: `case ${i} (${c.name})`, ms };
    if (ms > CASE_LIMIT_MS) report.failures.push(`case ${i} (${c.name}) took ${Math.round(ms)} ms`);
    report.cases++;
  }
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = runFuzz(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 7), process.argv[4] === undefined ? undefined : Number(process.argv[4]));
  console.log(JSON.stringify({ ...report, failures: report.failures.slice(0, 30) }, null, 2));
  process.exitCode = report.failures.length ? 1 : 0;
}
