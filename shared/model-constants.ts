/**
 * The model's plain constants, without zod: the library view needs them for its first paint, and
 * importing shared/model.ts or shared/api.ts for them would bring zod and every schema (about 30 ms of
 * schema construction, plus the script to parse) onto that path. model.ts and api.ts re-export the colours and the import limits.
 */

/** Five colour-blind-safe highlight colours (Okabe–Ito based); names, not hex, so themes can restyle them. */
export const HIGHLIGHT_COLORS = ['yellow', 'orange', 'blue', 'green', 'purple'] as const;

/** Largest single file the importer accepts. Larger files get a clear "too large" sentence. */
export const MAX_IMPORT_MB = 50;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

/** Rows in the first page the library view asks for (more than any window shows at once), and the app warms. */
export const FIRST_PAGE_ROWS = 100;
