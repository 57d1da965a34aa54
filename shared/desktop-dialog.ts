/**
 * The desktop app's native file dialogs, which have no place in the API contract (browser mode and
 * the CLI have none): a save dialog that writes the chosen file, and a folder picker. The preload
 * forwards a request on one channel; electron/ipc.ts validates it with these schemas.
 */
import { z } from 'zod';

/** Same string as DIALOG_CHANNEL in electron/preload.ts. */
export const DIALOG_CHANNEL = 'tandai:dialog';

/** An export's content is text; this bounds what one save may carry. */
const MAX_SAVE_CHARS = 200 * 1024 * 1024;

export const DialogRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('save'),
    /** Suggested file name (no folders). */
    defaultName: z.string().min(1).max(255).refine((n) => !/[\\/]/.test(n), 'must be a file name, not a path'),
    content: z.string().max(MAX_SAVE_CHARS),
    /** Extensions offered in the dialog's filter, without dots. */
    extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(5).default([]),
  }),
  z.object({ kind: z.literal('folder') }),
]);
export type DialogRequest = z.input<typeof DialogRequestSchema>;

/** The chosen path (the file written, or the folder), or null when the user cancelled. */
export type DialogResult = { ok: true; path: string | null } | { ok: false; error: { code: string; message: string } };
