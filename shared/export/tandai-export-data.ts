/**
 * The machine data of an annotated-markdown export: the `tandai:` block of its front matter.
 * The prose stays human-first (marks and footnotes only); what an import needs to recreate the
 * annotations exactly — where each sits in the canonical text, its colour, kind, tags, speaker and
 * which footnotes hold its note and translation — lives here, one short line per annotation.
 * The writer (annotated-markdown.ts) and the reader (shared/import/read-tandai-export.ts) share it.
 */
import { z } from 'zod';
import { ColorSchema, SpeakerSchema } from '../model.js';

/** Bumped when the export's shape changes, so an import can read older exports. */
export const EXPORT_VERSION = 2;

const FootnoteNumber = z.number().int().positive();

/** One annotation as the front matter lists it. `at` is "start-end" in the canonical text; an orphan has none. */
export const ExportedAnnotationSchema = z.object({
  at: z
    .string()
    .regex(/^\d+-\d+$/)
    .optional(),
  /** How many marks the export gave it, when not one (0: inside an earlier highlight; 2+: across paragraphs). */
  marks: z.number().int().nonnegative().optional(),
  orphan: z.literal(true).optional(),
  color: ColorSchema.default('yellow'),
  kind: z.enum(['highlight', 'quote']).default('highlight'),
  tags: z.array(z.coerce.string()).default([]),
  note: FootnoteNumber.optional(),
  translation: FootnoteNumber.optional(),
  speaker: SpeakerSchema.optional(),
});
export type ExportedAnnotation = z.infer<typeof ExportedAnnotationSchema>;

export const TandaiBlockSchema = z.object({
  version: z.number().int().positive(),
  id: z.string().optional(),
  export: z.enum(['article', 'quotes']),
  style: z.enum(['obsidian', 'gfm', 'plain']).optional(),
  /** Checksum of the canonical text the positions point into (see textChecksum). */
  text: z.string().optional(),
  annotations: z.array(ExportedAnnotationSchema).default([]),
});
export type TandaiBlock = z.infer<typeof TandaiBlockSchema>;

/**
 * FNV-1a (32 bit) of the canonical text, with its length: an import compares it with the text it
 * rebuilt, and only places annotations by position when the two are the same text.
 */
export function textChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
