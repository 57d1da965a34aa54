/**
 * Turns the text of one dictd entry into glosses. FreeDict's dictfmt text has a shape we can read:
 * a headword line ("run /ɹʌn/ <v>"), then per sense a line of translations ("1. menjalankan, berlari"),
 * each followed by English definitions, sub-senses marked " 3.". Other dictd databases are free text;
 * their body is kept as one gloss.
 */

export interface ParsedDictdEntry {
  /** The translations (FreeDict) or the free text. */
  glosses: string[];
  /** FreeDict's explanations of the senses, in English. */
  definitions: string[];
}

const NUMBERED = /^(\d+)\. (.*)$/;
const SUB_SENSE = /^\s+\d+\.$/;
const TRAILING_SENSE = /\s+\d+\.$/;

function splitTranslations(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line.replace(TRAILING_SENSE, '')) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((t) => t.trim()).filter(Boolean);
}

export function parseDictdEntry(body: string, { freedict }: { freedict: boolean }): ParsedDictdEntry {
  const lines = body.replace(/\r/g, '').split('\n');
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  if (!freedict) {
    const text = rest.map((l) => l.trim()).join(' ').trim();
    return { glosses: text ? [text] : [], definitions: [] };
  }
  const glosses: string[] = [];
  const definitions: string[] = [];
  let expectTranslation = true;
  let sense = 0;
  for (const line of rest) {
    const numbered = NUMBERED.exec(line);
    if (numbered && Number(numbered[1]) === sense + 1) {
      sense++;
      glosses.push(...splitTranslations(numbered[2]));
      expectTranslation = false;
    } else if (SUB_SENSE.test(line)) {
      continue;
    } else if (expectTranslation && sense === 0) {
      glosses.push(...splitTranslations(line));
      expectTranslation = false;
    } else {
      definitions.push(line.trim());
    }
  }
  return { glosses: [...new Set(glosses)], definitions };
}
