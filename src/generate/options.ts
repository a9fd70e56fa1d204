/**
 * Generator options, validated in one place into a typed `ResolvedGenerateOptions` with every default
 * filled in and the effective dirt rates computed.
 */

import { z } from 'zod';
import { DIRT_KINDS, type DirtRates, MAX_DIRT_RATES } from './dirt.ts';
import { HEADER_STYLES } from './headers.ts';
import { LOCALE_CODES } from './locale-types.ts';
import { DEFAULT_FILL_RATES, type FillRates } from './person.ts';

/** Pinned so that the same seed and options give the same bytes on any day; pass `now` for today. */
export const DEFAULT_NOW = new Date('2026-01-01T00:00:00.000Z');

const rate = z.number().min(0).max(1);
const ratesShape = Object.fromEntries(DIRT_KINDS.map((k) => [k, rate.optional()])) as Record<
  keyof DirtRates,
  z.ZodOptional<typeof rate>
>;
const fillShape = Object.fromEntries(
  Object.keys(DEFAULT_FILL_RATES).map((k) => [k, rate.optional()]),
) as Record<keyof FillRates, z.ZodOptional<typeof rate>>;

export const generateOptionsSchema = z
  .object({
    seed: z.union([z.string(), z.number()]),
    count: z.number().int().min(0).max(1_000_000_000),
    /** 0 = clean, 1 = every dirt kind at its maximum rate; 0.5 is a typical neglected CRM. */
    dirt: rate.default(0.5),
    /** Share of people who appear more than once (2–4 records). */
    duplicateRate: rate.default(0.1),
    /** Share of people who get a look-alike other person (namesake, colleague, family member). */
    hardNegativeRate: rate.default(0.04),
    locales: z
      .array(
        z
          .string()
          .transform((s) => s.toUpperCase())
          .pipe(z.enum(LOCALE_CODES)),
      )
      .min(1)
      .optional(),
    headers: z.enum(HEADER_STYLES).default('canonical'),
    /** Append the ground-truth `entity_id` column. */
    truth: z.boolean().default(false),
    now: z.date().default(DEFAULT_NOW),
    /** Absolute per-kind rates that override `dirt` scaling. */
    rates: z.object(ratesShape).strict().optional(),
    /** Per-field fill rates (share of people who have the field at all). */
    fill: z.object(fillShape).strict().optional(),
    /** Maximum distance in rows between the records of one person (bounds memory). */
    window: z.number().int().min(1).default(100_000),
  })
  .strict();

export type GenerateOptions = z.input<typeof generateOptionsSchema>;

export interface ResolvedGenerateOptions {
  seed: string | number;
  count: number;
  dirt: number;
  duplicateRate: number;
  hardNegativeRate: number;
  locales: readonly (typeof LOCALE_CODES)[number][];
  headers: (typeof HEADER_STYLES)[number];
  truth: boolean;
  now: Date;
  rates: Readonly<DirtRates>;
  fill: Readonly<FillRates>;
  window: number;
}

function effectiveRates(dirt: number, overrides: Partial<DirtRates> | undefined): DirtRates {
  // Copy of a literal, so the hot path reads a fast-mode object with a stable shape.
  const out: DirtRates = { ...MAX_DIRT_RATES };
  for (const k of DIRT_KINDS) out[k] = overrides?.[k] ?? Math.min(1, MAX_DIRT_RATES[k] * dirt);
  return out;
}

export type ParseResult = { ok: true; value: ResolvedGenerateOptions } | { ok: false; errors: string[] };

/** Validates options; every problem is reported with its path ("rates.emailTypo: …"). */
export function parseGenerateOptions(input: unknown): ParseResult {
  const parsed = generateOptionsSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`),
    };
  }
  const o = parsed.data;
  return {
    ok: true,
    value: {
      ...o,
      locales: o.locales ?? LOCALE_CODES,
      rates: effectiveRates(o.dirt, o.rates as Partial<DirtRates> | undefined),
      fill: { ...DEFAULT_FILL_RATES, ...(o.fill as Partial<FillRates> | undefined) },
    },
  };
}

export function resolveGenerateOptionsOrThrow(input: GenerateOptions): ResolvedGenerateOptions {
  const result = parseGenerateOptions(input);
  if (!result.ok) throw new RangeError(`Invalid generate options:\n  ${result.errors.join('\n  ')}`);
  return result.value;
}
