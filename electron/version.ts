/** The app version, injected by the build from package.json (esbuild `define`); "dev" when run from source. */
declare const __TANDAI_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __TANDAI_VERSION__ === 'string' ? __TANDAI_VERSION__ : 'dev';
