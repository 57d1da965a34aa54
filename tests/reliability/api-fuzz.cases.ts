/**
 * Invalid params for every method of the API contract, generated from the contract itself
 * (shared/api.ts), so a method another branch adds is fuzzed without touching this file.
 * For each method: whole-params replacements (wrong types, prototype-pollution keys, huge and deep
 * values), and for every field the schema names — nested objects and array items too — a hostile
 * value in its place: wrong types, huge strings and arrays, traversal ids (`../x`, `..\x`), absolute
 * paths (`/etc/passwd`, `C:\x`), null bytes, prototype-pollution keys. The other fields keep a value
 * the schema accepts (made from the schema), so each case tests that one field.
 */
import type { z } from 'zod';
import { api, METHOD_NAMES, type MethodName } from '../../shared/api.js';

export interface ApiFuzzCase {
  method: MethodName;
  label: string;
  params: unknown;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { def: Def }).def;

/** Strings worth trying where the schema wants a string: an id, a backup id, a language, an address. */
const STRING_CANDIDATES = ['abcdefghijklmnop', '2026-01-01T00-00-00Z', 'id', 'https://example.com/x', 'kata'];

/** A value the schema accepts, made from the schema alone (undefined where it cannot find one). */
export function sampleValue(schema: z.ZodType): unknown {
  const def = defOf(schema);
  const accepts = (value: unknown) => schema.safeParse(value).success;
  const first = (candidates: unknown[]) => candidates.find(accepts) ?? candidates[0];
  switch (def.type) {
    case 'string':
      return first(STRING_CANDIDATES);
    case 'number':
      return first([1, 0, 2]);
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return sampleValue(def.innerType as z.ZodType);
    case 'pipe':
      return sampleValue(def.in as z.ZodType);
    case 'array':
      return first([[], [sampleValue(def.element as z.ZodType)]]);
    case 'tuple':
      return (def.items as z.ZodType[]).map(sampleValue);
    case 'union':
      return first((def.options as z.ZodType[]).map(sampleValue));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const type = defOf(field).type;
        if (type === 'optional' || type === 'default') continue;
        out[key] = sampleValue(field);
      }
      // A refinement (end after start…) may still refuse it: try the obvious repair, else leave it.
      return out;
    }
    default:
      return undefined;
  }
}

/** The object schema inside wrappers (optional, default, a union's first object option, an array's element). */
function objectInside(schema: z.ZodType): { schema: z.ZodType; array: boolean } | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return { schema, array: false };
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
      return objectInside(def.innerType as z.ZodType);
    case 'pipe':
      return objectInside(def.in as z.ZodType);
    case 'union':
      for (const option of def.options as z.ZodType[]) {
        const inner = objectInside(option);
        if (inner) return inner;
      }
      return undefined;
    case 'array': {
      const inner = objectInside(def.element as z.ZodType);
      return inner && { schema: inner.schema, array: true };
    }
    default:
      return undefined;
  }
}

/** Every field path of an object schema, nested objects and array items included: ['files', 0, 'name'], … */
function fieldPaths(schema: z.ZodType, prefix: Array<string | number> = [], depth = 0): Array<Array<string | number>> {
  const def = defOf(schema);
  if (def.type !== 'object' || depth > 4) return [];
  const paths: Array<Array<string | number>> = [];
  for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
    const here = [...prefix, key];
    paths.push(here);
    const inner = objectInside(field);
    const fieldDef = defOf(field);
    const arrayItem = fieldDef.type === 'array' || (['optional', 'default'].includes(fieldDef.type) && defOf(fieldDef.innerType).type === 'array');
    if (arrayItem) paths.push([...here, 0]);
    if (inner) paths.push(...fieldPaths(inner.schema, inner.array ? [...here, 0] : here, depth + 1));
  }
  return paths;
}

/** `value` with the thing at `path` replaced (containers made as needed); `undefined` removes it. */
function setAt(base: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] =
    typeof head === 'number' ? (Array.isArray(base) ? [...base] : []) : base && typeof base === 'object' && !Array.isArray(base) ? { ...base } : {};
  const child = (container as Record<string | number, unknown>)[head];
  const next = setAt(child, rest, replacement);
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[head];
  else (container as Record<string | number, unknown>)[head] = next;
  return container;
}

function deepObject(depth: number): unknown {
  let value: unknown = { end: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const HUGE_STRING = 'x'.repeat(2_000_000);
const HUGE_ARRAY = Array.from({ length: 100_000 }, (_, i) => `t${i}`);
const manyKeys = () => Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
// Parsed from JSON, as IPC/HTTP deliver it: "__proto__" is then an own key, not the prototype.
const protoKey = () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown;
const constructorKey = () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown;

/** Hostile values for one field. */
export const FIELD_VALUES: Array<[label: string, value: () => unknown]> = [
  ['left out', () => undefined],
  ['a number', () => 42],
  ['a negative number', () => -1],
  ['a fraction', () => 1.5],
  ['a huge number', () => 1e308],
  ['true', () => true],
  ['null', () => null],
  ['an empty string', () => ''],
  ['white space', () => ' \t\n '],
  ['an array', () => [1, 'a', null]],
  ['an object', () => ({ a: 1 })],
  ['"../x"', () => '../x'],
  ['"..\\x"', () => '..\\x'],
  ['"../../../../etc/passwd"', () => '../../../../etc/passwd'],
  ['"/etc/passwd"', () => '/etc/passwd'],
  ['"C:\\x"', () => 'C:\\x'],
  ['a UNC path', () => '\\\\server\\share\\x'],
  ['a null byte', () => 'abc\u0000def'],
  ['a file: URL', () => 'file:///etc/passwd'],
  ['an encoded traversal', () => '%2e%2e%2f%2e%2e%2fx'],
  ['a Windows device name', () => 'CON'],
  ['a bidi override', () => 'abc\u202edef'],
  ['a 300-character id', () => 'a'.repeat(300)],
  ['a 2 MB string', () => HUGE_STRING],
  ['100,000 items', () => HUGE_ARRAY],
  ['a __proto__ key', protoKey],
  ['a constructor.prototype key', constructorKey],
  ['a 5,000-level object', () => deepObject(5000)],
];

/** Hostile values for the whole params. */
export const PARAMS_VALUES: Array<[label: string, value: () => unknown]> = [
  ['a number', () => 42],
  ['a string', () => '../x'],
  ['true', () => true],
  ['an array', () => [{}]],
  ['a __proto__ key', protoKey],
  ['a constructor.prototype key', constructorKey],
  ['a 2 MB string', () => HUGE_STRING],
  ['100,000 items', () => HUGE_ARRAY],
  ['20,000 keys', manyKeys],
  ['a 5,000-level object', () => deepObject(5000)],
];

/** All cases for all methods of the contract. */
export function apiFuzzCases(): ApiFuzzCase[] {
  const cases: ApiFuzzCase[] = [];
  for (const method of METHOD_NAMES) {
    const schema = api[method].params as z.ZodType;
    for (const [label, value] of PARAMS_VALUES) cases.push({ method, label: `params as ${label}`, params: value() });
    const base = sampleValue(schema);
    for (const path of fieldPaths(schema)) {
      for (const [label, value] of FIELD_VALUES) {
        cases.push({ method, label: `${path.join('.')} as ${label}`, params: setAt(base, path, value()) });
      }
    }
  }
  return cases;
}
