/**
 * The reader's text size limits and default, read from the settings schema (shared/model.ts)
 * so the buttons can never offer a size that settings.update would reject.
 */
import { SettingsSchema } from '../shared/model.js';

const schema = SettingsSchema.shape.fontSize.unwrap();

export const FONT_SIZE = {
  min: schema.minValue ?? 12,
  max: schema.maxValue ?? 32,
  default: SettingsSchema.parse({}).fontSize,
} as const;
