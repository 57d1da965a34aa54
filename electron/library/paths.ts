/**
 * Where libraries live. The desktop app keeps its library in the platform's user-data folder
 * for "Tandai"; the CLI computes the same folder without Electron, and TANDAI_LIBRARY overrides both.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Tandai';

/** The platform's user-data folder for Tandai, as Electron's app.getPath('userData') gives it. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

export function libraryDirFromUserData(userData: string): string {
  return path.join(userData, 'library');
}

/** --library beats TANDAI_LIBRARY beats the user-data folder. */
export function resolveLibraryDir(explicit?: string, userData?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.TANDAI_LIBRARY) return path.resolve(env.TANDAI_LIBRARY);
  return libraryDirFromUserData(userData ?? userDataDir(env));
}

/** The folder layout inside a library; see docs/ARCHITECTURE.md. */
export function libraryLayout(dir: string) {
  return {
    dir,
    index: path.join(dir, 'library.json'),
    indexDirty: path.join(dir, 'library.dirty'),
    settings: path.join(dir, 'settings.json'),
    articles: path.join(dir, 'articles'),
    trash: path.join(dir, 'trash'),
    quarantine: path.join(dir, 'quarantine'),
    /** The full-text search index: a cache, rebuilt from the articles when missing or damaged. */
    searchIndex: path.join(dir, 'search-index.json'),
    articleFile: (id: string) => path.join(dir, 'articles', `${id}.json`),
    trashFile: (id: string) => path.join(dir, 'trash', `${id}.json`),
  };
}
export type LibraryLayout = ReturnType<typeof libraryLayout>;
