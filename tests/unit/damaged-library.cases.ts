/**
 * Ways a stored file can be damaged, for tests/unit/damaged-library.test.ts. Each takes the file's
 * current text and returns the damaged bytes written in its place.
 */
export interface DamageKind {
  name: string;
  damage: (text: string) => string;
}

export const DAMAGE_KINDS: DamageKind[] = [
  { name: 'truncated', damage: (t) => t.slice(0, Math.floor(t.length / 2)) },
  { name: 'truncated to nothing', damage: () => '' },
  { name: 'zero-filled', damage: (t) => '\0'.repeat(t.length) },
  { name: 'not valid JSON', damage: (t) => `${t.slice(0, 20)}<<garbage written over the middle>>${t.slice(-20)}` },
  { name: 'valid JSON of the wrong schema', damage: () => JSON.stringify({ schemaVersion: 1, articles: 'nope', article: { id: 42 }, annotations: {} }) },
  { name: 'valid JSON of the wrong type', damage: () => '[1,2,3]' },
];

/** Which file is damaged, and whether its previous version (.bak) is there to restore from. */
export type DamageTarget = 'library.json' | 'library.json with .bak' | 'article' | 'article with .bak' | 'article and library.json';

export const DAMAGE_TARGETS: DamageTarget[] = ['library.json', 'library.json with .bak', 'article', 'article with .bak', 'article and library.json'];
