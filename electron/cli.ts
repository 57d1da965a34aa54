/**
 * `tandai`, the command line. Every command is a direct call to the same handlers the app uses,
 * through shared/dispatch-call.ts. Output is for people by default and JSON with --json;
 * failures are one sentence on stderr and a non-zero exit code (a stack trace only with --debug).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { MethodName, ParamsIn, Result } from '../shared/api.js';
import { MAX_IMPORT_BYTES } from '../shared/api.js';
import { ApiError } from '../shared/api-error.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import { Library } from './library/library.js';
import { resolveLibraryDir } from './library/paths.js';
import { createHandlers } from './handlers.js';
import { startServer } from './server.js';
import { findSamplePath } from './sample.js';
import { collectImportFiles, pathProblem } from './import/collect-import-files.js';
import { sniffFormat, tooLargeSentence } from './import/import-file.js';
import { ExportUsageError, runExport, runFolderExport } from './export-command.js';
import { backupCommand } from './backup-command.js';
import { DAILY_BACKUP_DELAY_MS } from './library/backups.js';
import { QUOTES_USAGE, formatQuotes } from './quotes-command.js';
import { GLOSSARY_USAGE, GlossaryUsageError, runGlossary } from './glossary-command.js';
import { searchServiceFor, warmUpSearch } from './search/search-service.js';
import { warmUpListing } from './warm-up-listing.js';
import { searchJson, searchText } from './search/search-cli-output.js';

/** The name standard input goes by in results and messages. */
const STDIN_NAME = 'stdin';
import { APP_VERSION } from './version.js';
import { detectLanguage } from '../shared/lang/detect-language.js';

const USAGE = `Tandai ${APP_VERSION} — read and annotate articles offline.

Usage: tandai <command> [options]

Commands:
  serve [--port N] [--open] [--no-sample]   run browser mode on 127.0.0.1 and print its URL
  import FILE|FOLDER…                       import web pages (.html), markdown (.md) and text (.txt);
                                            folders are searched recursively
    --stdin                                 read one article (text or HTML) from standard input
    --update ID                             replace article ID's text with a newer version of it
                                            (its annotations, tags and import date stay)
    --force                                 import files already in the library again
  annotate ID --quote TEXT                  annotate a quoted passage of article ID
    [--occurrence N] [--color C] [--note TEXT] [--tag T]…
                                            N picks one of several occurrences (1 = first);
                                            colours: yellow, orange, blue, green, purple
    [--translation TEXT [--from id|en]]     add a translation note (direction: --from, else the
                                            passage's language, else the article's)
  lookup WORD [--from id|en]                dictionary entries for a word, through its root
  stem WORD…                                the Indonesian root of each word
  dict list                                 the library's dictionaries and those installed
  dict import PATH [--from L --to L]        add a dictd .index, StarDict .ifo or .tsv/.csv glossary
  export ID|--all                           export annotated markdown (to standard output
    [--format md|quotes|json]               unless --out): md = the article with its highlights,
    [--style obsidian|gfm|plain]            quotes = a quotes digest, json = W3C Web Annotations
    [--out PATH] [--force]                  --all with --out writes a folder: one file per
                                            article plus index.md; --force replaces files
  quotes ID                                 the direct quotations of article ID and who said them
${GLOSSARY_USAGE}
  list                                      list the articles in the library
  show ID                                   show one article with its annotations
  delete ID                                 move an article to the trash
  backup                                    take a backup snapshot of the library now (kept 7 days)
  restore [ID] [--list]                     put the library back as it was in backup ID (the
                                            current state is backed up first); --list lists them
  search QUERY [--limit N]                  full-text search of titles, texts, quotes, notes,
                                            translations, speakers and the glossary; best first

Options:
  --library DIR   the library folder (default: TANDAI_LIBRARY, else the desktop app's library)
  --json          machine-readable output
  --debug         print stack traces on failure
  --help          this text
`;

class UsageError extends Error {}

const OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean', default: false },
  debug: { type: 'boolean', default: false },
  port: { type: 'string' },
  open: { type: 'boolean', default: false },
  'no-sample': { type: 'boolean', default: false },
  stdin: { type: 'boolean', default: false },
  update: { type: 'string' },
  force: { type: 'boolean', default: false },
  quote: { type: 'string' },
  occurrence: { type: 'string' },
  color: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  translation: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  all: { type: 'boolean', default: false },
  format: { type: 'string' },
  style: { type: 'string' },
  out: { type: 'string' },
  list: { type: 'boolean', default: false },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

type Io = {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard input, for `import --stdin`; tests pass their own. */
  readStdin?: () => Promise<Uint8Array>;
};

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    // Stop reading far past the limit; the importer names the size in its sentence.
    if (size > MAX_IMPORT_BYTES + 1) break;
  }
  return Buffer.concat(chunks);
}

async function call<M extends MethodName>(library: Library, method: M, params: ParamsIn<M>): Promise<Result<M>> {
  const envelope = await dispatchCall(createHandlers(library), method, params);
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return envelope.value as Result<M>;
}

function bundleDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`Could not open a browser; open ${url} yourself.\n`));
  child.unref();
}

async function readImportFile(file: string): Promise<{ name: string; dataBase64: string } | { name: string; error: string }> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { name: file, error: `"${file}" is a folder; name the files inside it.` };
    if (stat.size > MAX_IMPORT_BYTES) return { name: file, error: tooLargeSentence(file, stat.size) };
    return { name: file, dataBase64: (await fs.readFile(file)).toString('base64') };
  } catch (error) {
    const problem = pathProblem(file, error);
    if (problem) return { name: file, error: problem };
    throw error;
  }
}

async function withLibrary<T>(dir: string, mode: 'read' | 'write', fn: (library: Library) => Promise<T>): Promise<T> {
  const library = await Library.open(dir, { mode, indexDelayMs: 0 });
  try {
    for (const notice of library.notices) process.stderr.write(`${notice}\n`);
    return await fn(library);
  } finally {
    await library.close();
  }
}

export async function runCli(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}; run "tandai --help" for the commands and options.`);
    }
    const { values, positionals } = parsed;
    debug = values.debug;
    const [command, ...args] = positionals;
    if (values.version) {
      io.out(`${APP_VERSION}\n`);
      return 0;
    }
    if (values.help || !command) {
      io.out(USAGE);
      return command || values.help ? 0 : 2;
    }
    const dir = resolveLibraryDir(values.library);
    const json = values.json;
    const print = (value: unknown, human: () => string) => io.out(json ? `${JSON.stringify(value, null, 2)}\n` : human());

    switch (command) {
      case 'serve':
        return await serve(dir, values, io);
      case 'import':
        return await importCommand(dir, args, values, io, print);
      case 'list':
        return await withLibrary(dir, 'read', async (library) => {
          const { articles } = await call(library, 'articles.list', {});
          print(articles, () =>
            articles.length === 0
              ? 'The library is empty. Add articles with "tandai import FILE".\n'
              : articles.map((a) => `${a.id}  ${a.lang.padEnd(5)}  ${String(a.annotationCount).padStart(4)}  ${a.title}\n`).join(''),
          );
          return 0;
        });
      case 'show': {
        const id = args[0];
        if (!id) throw new UsageError('Name the article to show, e.g. "tandai show ID" (ids are in "tandai list").');
        return await withLibrary(dir, 'read', async (library) => {
          const value = await call(library, 'articles.get', { id });
          print(value, () => {
            const { article, annotations } = value;
            const meta = [article.byline, article.site, article.publishedAt, article.lang].filter(Boolean).join(' · ');
            const notes = annotations.map((a) => `  [${a.color}] “${a.target.selector[0].exact}”${a.note ? ` — ${a.note}` : ''}\n`).join('');
            return `${article.title}\n${meta}\n\n${article.text.trim()}\n${annotations.length ? `\nAnnotations:\n${notes}` : ''}`;
          });
          return 0;
        });
      }
      case 'annotate': {
        const id = args[0];
        if (!id || values.quote === undefined) {
          throw new UsageError('Name the article and the passage, e.g. tandai annotate ID --quote "exact words".');
        }
        const occurrence = values.occurrence === undefined ? undefined : Number(values.occurrence);
        if (occurrence !== undefined && !(Number.isInteger(occurrence) && occurrence > 0)) {
          throw new UsageError(`"${values.occurrence}" is not an occurrence number; use 1 for the first, 2 for the second, and so on.`);
        }
        const translationFrom = fromOption(values.from);
        if (values.from !== undefined && values.translation === undefined) throw new UsageError('--from goes with --translation TEXT.');
        return await withLibrary(dir, 'write', async (library) => {
          let translation: { text: string; from: 'id' | 'en'; to: 'id' | 'en' } | undefined;
          if (values.translation !== undefined) {
            const from = translationFrom ?? (await translationSource(library, id, values.quote!));
            translation = { text: values.translation, from, to: from === 'id' ? 'en' : 'id' };
          }
          const annotation = await call(library, 'annotations.create', {
            articleId: id,
            target: { exact: values.quote!, occurrence },
            // The contract names the allowed colours in its error sentence.
            color: values.color as 'yellow' | undefined,
            note: values.note,
            tags: values.tag,
            translation,
          });
          print(annotation, () => `Annotated “${annotation.target.selector[0].exact.replace(/\s+/g, ' ')}” (${annotation.id})\n`);
          return 0;
        });
      }
      case 'lookup': {
        const word = args.join(' ').trim();
        if (!word) throw new UsageError('Name the word to look up, e.g. "tandai lookup mengakuisisi".');
        const from = fromOption(values.from);
        return await withLibrary(dir, 'read', async (library) => {
          const result = await call(library, 'dictionary.lookup', { word, from });
          print(result, () => {
            if (!result.entries.length) return `No entry for “${word}”${result.root && result.root !== word ? ` (root ${result.root})` : ''}.\n`;
            const head = result.root && result.root !== word.toLowerCase() ? `${word} → ${result.root} (${result.from}→${result.to})` : `${word} (${result.from}→${result.to})`;
            return `${head}\n${result.entries.map((e) => `  ${e.headword}: ${e.glosses.join(', ')}  [${e.dictionary}]\n`).join('')}`;
          });
          return result.entries.length ? 0 : 1;
        });
      }
      case 'stem': {
        if (args.length === 0) throw new UsageError('Name the words to stem, e.g. "tandai stem mengakuisisi kecerdasan".');
        return await withLibrary(dir, 'read', async (library) => {
          const { stems } = await call(library, 'text.stem', { words: args });
          print(stems, () => stems.map((s) => `${s.word}\t${s.root}\n`).join(''));
          return 0;
        });
      }
      case 'dict': {
        const [sub, file] = args;
        if (sub === 'list') {
          return await withLibrary(dir, 'read', async (library) => {
            const value = await call(library, 'dictionary.list', {});
            print(value, () => {
              const lines = value.dictionaries.map((d) => `${d.id}  ${d.from}→${d.to}  ${String(d.entryCount).padStart(6)} entries  ${d.name}${d.licence ? `  (${d.licence})` : ''}\n`);
              const offered = value.installed.filter((d) => !d.imported).map((d) => `  installed, not imported: ${d.path}\n`);
              return `${lines.join('') || 'No dictionaries yet.\n'}${offered.join('')}Indonesian roots: ${value.roots.count} from ${value.roots.source}\n`;
            });
            return 0;
          });
        }
        if (sub === 'import') {
          if (!file) throw new UsageError('Name the dictionary to import, e.g. "tandai dict import /usr/share/dictd/freedict-eng-ind.index".');
          return await withLibrary(dir, 'write', async (library) => {
            const value = await call(library, 'dictionary.import', { path: file, from: values.from, to: values.to });
            print(value, () => value.dictionaries.map((d) => `Imported ${d.id} (${d.from}→${d.to}, ${d.entryCount} entries)\n`).join(''));
            return 0;
          });
        }
        throw new UsageError('Use "tandai dict list" or "tandai dict import PATH".');
      }
      case 'export':
        return await withLibrary(dir, 'read', async (library) => {
          const ids = values.all ? (await call(library, 'articles.list', {})).articles.map((a) => a.id) : args;
          if (values.all && args.length) throw new UsageError('Use either an article id or --all, not both.');
          try {
            // Progress only on a terminal, so a redirected stderr holds just the sentences.
            const showProgress = (done: number, total: number) => {
              if (!json && process.stderr.isTTY) io.err(`\rExporting ${done}/${total}${done === total ? '\n' : ''}`);
            };
            if (values.all && values.out !== undefined) {
              const options = { all: true, format: values.format, style: values.style, out: values.out, force: values.force, json };
              const { written } = await runFolderExport((method, params) => call(library, method, params), options, showProgress);
              print({ written }, () => written.map((file) => `Wrote ${file}\n`).join(''));
              return 0;
            }
            const { stdout, written } = await runExport(
              ids,
              { all: values.all, format: values.format, style: values.style, out: values.out, force: values.force, json },
              (id, format, style) => call(library, 'export.article', { id, format, style }),
            );
            if (values.out === undefined) io.out(stdout);
            else print({ written }, () => written.map((file) => `Wrote ${file}\n`).join(''));
            return 0;
          } catch (error) {
            if (error instanceof ExportUsageError) throw new UsageError(error.message);
            throw error;
          }
        });
      case 'quotes': {
        const id = args[0];
        if (!id) throw new UsageError(QUOTES_USAGE);
        return await withLibrary(dir, 'read', async (library) => {
          const { quotes } = await call(library, 'quotes.detect', { articleId: id });
          print(quotes, () => formatQuotes(quotes));
          return 0;
        });
      }
      case 'glossary':
        try {
          return await runGlossary(
            args,
            { from: values.from, note: values.note, format: values.format, out: values.out, force: values.force },
            (mode, fn) => withLibrary(dir, mode, (library) => fn((method, params) => call(library, method, params))),
            { ...io, print },
          );
        } catch (error) {
          if (error instanceof GlossaryUsageError) throw new UsageError(error.message);
          throw error;
        }
      case 'delete': {
        const id = args[0];
        if (!id) throw new UsageError('Name the article to delete, e.g. "tandai delete ID".');
        return await withLibrary(dir, 'write', async (library) => {
          const value = await call(library, 'articles.delete', { id });
          print(value, () => `Moved “${value.title}” to the trash.\n`);
          return 0;
        });
      }
      case 'backup':
      case 'restore':
        return await backupCommand(command, args, { list: values.list }, {
          withLibrary: (mode, fn) => withLibrary(dir, mode, (library) => fn((method, params) => call(library, method, params))),
          print,
          usage: (message) => new UsageError(message),
          err: io.err,
        });
      case 'search':
        return await searchCommand(dir, args, values, print);
      default:
        throw new UsageError(`"${command}" is not a Tandai command; run "tandai --help" for the list.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    if (error instanceof ApiError) {
      io.err(`${error.message}\n`);
      if (debug && error.stack) io.err(`${error.stack}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`Tandai failed unexpectedly: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return 1;
  }
}

/**
 * `tandai search QUERY`: waits for the index to cover the whole library (building or catching it up
 * as needed, and saving it unless another Tandai holds the library, which then opens read-only).
 */
async function searchCommand(dir: string, args: string[], values: { limit?: string }, print: (value: unknown, human: () => string) => void): Promise<number> {
  const query = args.join(' ').trim();
  if (!query) throw new UsageError('Name what to search for, e.g. "tandai search akuisisi".');
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(`"${values.limit}" is not a result count; use a whole number from 1 to 500.`);
  const run = async (library: Library) => {
    await searchServiceFor(library).ready();
    const value = await call(library, 'search.query', { query, limit });
    // Articles, then glossary entries (electron/search/search-cli-output.ts).
    print(searchJson(value), () => searchText(value, query));
    return value.results.length || value.glossary.length ? 0 : 1;
  };
  try {
    return await withLibrary(dir, 'write', run);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'locked') return withLibrary(dir, 'read', run);
    throw error;
  }
}

function fromOption(value: string | undefined): 'id' | 'en' | undefined {
  if (value === undefined || value === 'id' || value === 'en') return value;
  throw new UsageError(`--from takes "id" or "en", not "${value}".`);
}

/** The language a translation note translates from: the passage's, else the article's, else Indonesian. */
async function translationSource(library: Library, articleId: string, quote: string): Promise<'id' | 'en'> {
  const passage = detectLanguage(quote);
  if (passage === 'id' || passage === 'en') return passage;
  const { article } = await call(library, 'articles.get', { id: articleId });
  return article.lang === 'en' ? 'en' : 'id';
}

type ImportEntry = Record<string, unknown> & { file: string };

/**
 * `tandai import`: files, folders or standard input; --update replaces one article's text; --force
 * imports duplicates. Good files go in, bad ones are listed with their sentence, and the exit code
 * is 1 when any named file failed or was already in the library. Files skipped inside a folder
 * (images, PDFs, …) are listed but are not failures.
 */
async function importCommand(
  dir: string,
  args: string[],
  values: { stdin: boolean; update?: string; force: boolean; json: boolean },
  io: Io,
  print: (value: unknown, human: () => string) => void,
): Promise<number> {
  if (values.stdin && args.length > 0) throw new UsageError('Use either --stdin or file names, not both.');
  if (!values.stdin && args.length === 0) {
    throw new UsageError('Name at least one file or folder to import, e.g. "tandai import article.html", or use --stdin.');
  }
  if (values.update !== undefined && !values.stdin && args.length !== 1) {
    throw new UsageError('--update replaces one article: name exactly one file (or use --stdin).');
  }
  const stdinFile = async () => {
    const bytes = await (io.readStdin ?? readProcessStdin)();
    if (bytes.byteLength > MAX_IMPORT_BYTES) return { name: STDIN_NAME, error: tooLargeSentence(STDIN_NAME, bytes.byteLength) };
    const text = new TextDecoder().decode(bytes.subarray(0, 4096));
    return { name: STDIN_NAME, dataBase64: Buffer.from(bytes).toString('base64'), format: sniffFormat(text) };
  };
  return withLibrary(dir, 'write', async (library) => {
    const results: ImportEntry[] = [];
    if (values.update !== undefined) {
      const read = values.stdin ? await stdinFile() : await readImportFile(args[0]);
      if ('error' in read) results.push({ file: read.name, error: read.error });
      else {
        try {
          results.push({ ...(await call(library, 'articles.replaceText', { id: values.update, file: read })), file: read.name, updated: true });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          results.push({ file: read.name, error: error.message });
        }
      }
    } else {
      const sources = values.stdin ? [{ file: STDIN_NAME }] : await collectImportFiles(args);
      for (const source of sources) {
        if ('skipped' in source) {
          results.push({ file: source.file, error: source.skipped, skipped: true });
          continue;
        }
        if ('error' in source) {
          results.push({ file: source.file, error: source.error });
          continue;
        }
        const read = values.stdin ? await stdinFile() : await readImportFile(source.file);
        if ('error' in read) {
          results.push({ file: source.file, error: read.error });
          continue;
        }
        const {
          results: [result],
        } = await call(library, 'articles.import', { files: [read], allowDuplicates: values.force });
        results.push({ ...result, file: source.file });
      }
    }
    const failed = results.filter((r) => 'error' in r && !r.skipped);
    const skipped = results.filter((r) => r.skipped);
    const imported = results.filter((r) => !('error' in r));
    print(results, () => {
      const lines = imported.map((r) => `${r.updated ? 'Updated' : 'Imported'} “${r.title}” (${r.id}, ${r.lang})\n`);
      if (results.length > 1) {
        const parts = [`${imported.length} imported`];
        if (failed.length) parts.push(`${failed.length} failed`);
        if (skipped.length) parts.push(`${skipped.length} skipped`);
        lines.push(`${parts.join(', ')}.\n`);
      }
      return lines.join('');
    });
    if (!values.json) {
      for (const r of skipped) io.err(`Skipped: ${r.error}\n`);
      for (const r of failed) io.err(`${r.error}\n`);
      if (failed.some((r) => r.duplicateOf)) io.err('Add --force to import files that are already in the library.\n');
    }
    return failed.length > 0 ? 1 : 0;
  });
}

async function serve(dir: string, values: { port?: string; open: boolean; 'no-sample': boolean }, io: Io): Promise<number> {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`"${values.port}" is not a port number; use 0 to 65535 (0 picks a free port).`);
  const library = await Library.open(dir, { mode: 'write', addSample: !values['no-sample'], samplePath: findSamplePath(), dailyBackup: true, dailyBackupDelayMs: DAILY_BACKUP_DELAY_MS });
  for (const notice of library.notices) io.err(`${notice}\n`);
  const handlers = createHandlers(library);
  let server;
  try {
    server = await startServer({
      handlers,
      rendererDir: path.join(bundleDir(), 'renderer'),
      port,
      onInternalError: (error) => io.err(`Internal error: ${error instanceof Error ? error.stack : String(error)}\n`),
    });
  } catch (error) {
    await library.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new ApiError('io', `Port ${port} is already in use; choose another with --port, or --port 0 for a free one.`);
    throw error;
  }
  io.out(`Tandai is running in browser mode at ${server.url}\n`);
  warmUpListing(handlers);
  warmUpSearch(library);
  if (values.open) openInBrowser(server.url);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  await library.close();
  return 0;
}
