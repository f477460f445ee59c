/**
 * Settings kept in the workbook (so the next colleague sees the same) or, for the command line, in
 * a JSON file. Parsed with zod's safeParse: a damaged or older value never throws, it falls back to
 * the defaults and says which fields were ignored.
 */
import { z } from 'zod';
import { DEFAULT_HIGHLIGHT_FILLS } from './highlight';
import { DEFAULT_DUE_SOON_DAYS } from './state';

const hexColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  dueSoonDays: z.number().int().min(0).max(365).default(DEFAULT_DUE_SOON_DAYS),
  fills: z
    .object({ overdue: hexColour, due_soon: hexColour, unassigned: hexColour, done: hexColour })
    .partial()
    .default({}),
  includeDone: z.boolean().default(false),
  unitAliases: z.record(z.string(), z.array(z.string())).default({}),
  planYear: z.number().int().min(1990).max(2100).nullable().default(null),
  /** 'today': the as-of date is the day the tool runs; 'fixed': asOf below. */
  asOfMode: z.enum(['today', 'fixed']).default('today'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /** Day of the month the CCHC reporting periods are cut off on (SPEC §6: 15). */
  cutoffDay: z.number().int().min(1).max(28).default(15),
  lang: z.enum(['vi', 'en']).nullable().default(null),
});

export type StoredSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: StoredSettings = settingsSchema.parse({});

export interface SettingsReading {
  settings: StoredSettings;
  /** Paths of the fields that were invalid and replaced by defaults. */
  ignored: string[];
}

/** Read settings from anything (JSON parsed from a workbook or file); never throws. */
export function readSettings(raw: unknown): SettingsReading {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, ignored: [] };
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, ignored: [] };
  // Keep what is valid field by field rather than discarding everything.
  const ignored = [...new Set(whole.error.issues.map((i) => String(i.path[0] ?? '')))].filter(Boolean);
  const cleaned: Record<string, unknown> = typeof raw === 'object' ? { ...(raw as Record<string, unknown>) } : {};
  for (const key of ignored) delete cleaned[key];
  const retry = settingsSchema.safeParse(cleaned);
  return retry.success ? { settings: retry.data, ignored } : { settings: DEFAULT_SETTINGS, ignored: ['*'] };
}

export function fillsOf(settings: StoredSettings) {
  return { ...DEFAULT_HIGHLIGHT_FILLS, ...settings.fills };
}
