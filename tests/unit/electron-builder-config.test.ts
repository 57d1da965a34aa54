/**
 * Packaging cannot run here (it needs the Electron binary), so this keeps electron-builder.yml honest
 * the cheap way: it must parse, match the JSON schema electron-builder validates its configuration
 * with (app-builder-lib/scheme.json, with ajv when it is installed), use only option names that schema
 * knows, and say what the release needs (targets, categories, the entry point).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Schema = {
  $ref?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  definitions?: Record<string, Schema>;
};
type Config = Record<string, unknown> & {
  linux: { target: string[]; category: string; maintainer: string };
  mac: { target: string; category: string };
  win: { target: string };
  directories: { output: string };
  files: string[];
  extraMetadata?: { main?: string };
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const schemePath = require.resolve('app-builder-lib/scheme.json', { paths: [path.dirname(require.resolve('electron-builder'))] });
const scheme: Schema = JSON.parse(readFileSync(schemePath, 'utf8'));
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

/** ajv, if some package brought it in (electron-builder does); the variable keeps tsc from resolving it. */
async function loadAjv(): Promise<(new (options: object) => { compile(schema: object): AjvValidate }) | undefined> {
  const specifier = 'ajv';
  try {
    const mod = await import(specifier);
    return mod.default?.default ?? mod.default;
  } catch {
    return undefined;
  }
}
type AjvValidate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
const Ajv = await loadAjv();

/** ajv the way electron-builder sets it up (app-builder-lib/out/util/config/schemaValidator.js). */
let compiled: AjvValidate | undefined;
function ajvErrors(data: unknown): string[] {
  if (!Ajv) throw new Error('ajv is not installed');
  const validate = (compiled ??= new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(scheme));
  return validate(structuredClone(data)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

function resolveRef(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/definitions/', '');
  const target = scheme.definitions?.[name];
  if (!target) throw new Error(`scheme.json has no definition ${name}`);
  return resolveRef(target);
}

/** Every alternative a value may match, with $refs followed and anyOf/oneOf flattened. */
function alternatives(schema: Schema): Schema[] {
  const s = resolveRef(schema);
  const branches = s.anyOf ?? s.oneOf;
  return branches ? branches.flatMap(alternatives) : [s];
}

/**
 * The schema-free check: every key in the config must be an option the schema names at that place.
 * Types are ajv's job; this catches the typical mistake (a misspelt or misplaced option) even without ajv.
 */
function unknownKeys(value: unknown, schema: Schema, at: string): string[] {
  const options = alternatives(schema);
  if (Array.isArray(value)) {
    const itemSchemas = options.flatMap((o) => (o.items ? (Array.isArray(o.items) ? o.items : [o.items]) : []));
    return itemSchemas.length === 0 ? [] : value.flatMap((item, i) => unknownKeys(item, { anyOf: itemSchemas }, `${at}[${i}]`));
  }
  if (value === null || typeof value !== 'object') return [];
  const objectSchemas = options.filter((o) => o.properties);
  if (objectSchemas.length === 0) return []; // free-form, e.g. extraMetadata
  return Object.entries(value).flatMap(([key, child]) => {
    const matches = objectSchemas.flatMap((o) => (o.properties?.[key] ? [o.properties[key]] : []));
    if (matches.length > 0) return unknownKeys(child, { anyOf: matches }, `${at}.${key}`);
    const open = objectSchemas.some((o) => o.additionalProperties !== false);
    return open ? [] : [`${at}.${key}`];
  });
}

describe('electron-builder.yml', () => {
  it('is a YAML mapping', () => {
    expect(config).toBeTypeOf('object');
    expect(Array.isArray(config)).toBe(false);
  });

  it.runIf(Ajv)('matches electron-builder’s schema (ajv)', () => {
    expect(ajvErrors(config)).toEqual([]);
  });

  it('uses only option names the schema knows', () => {
    expect(unknownKeys(config, scheme, 'config')).toEqual([]);
  });

  it('would catch a misspelt or misplaced option', () => {
    const misspelt = { ...config, linux: { ...config.linux, categroy: 'Office' } };
    const misplaced = { ...config, category: 'Office' };
    expect(unknownKeys(misspelt, scheme, 'config')).toEqual(['config.linux.categroy']);
    expect(unknownKeys(misplaced, scheme, 'config')).toEqual(['config.category']);
    if (Ajv) {
      expect(ajvErrors(misspelt)).not.toEqual([]);
      expect(ajvErrors(misplaced)).not.toEqual([]);
      expect(ajvErrors({ ...config, asar: 'yes please' })).not.toEqual([]);
    }
  });

  it('describes the Tandai release', () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Tandai');
    expect(config.directories.output).toBe('release');
    expect(config.files).toContain('out/**/*');
    expect(config.files).toContain('package.json');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/); // deb needs "Name <email>"
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.mac.category).toBe('public.app-category.productivity');
  });

  it('starts the bundled main process, which the build writes to out/', () => {
    // electron-builder takes the entry point from package.json "main" unless extraMetadata overrides it.
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main?: string };
    expect(config.extraMetadata?.main ?? pkg.main).toBe('out/main.js');
    const buildScript = readFileSync(path.join(root, 'scripts', 'build.mjs'), 'utf8');
    expect(buildScript).toContain('electron/main.ts');
    expect(buildScript).toMatch(/['"]main\.js['"]/);
  });

  it('sets the Electron fuses that close the ways to run other code in the app binary', () => {
    // electron-builder 26 flips these with @electron/fuses when it packages (the schema knows the names).
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true); // onlyLoadAppFromAsar needs the app in an asar
  });
});
