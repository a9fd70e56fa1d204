/**
 * Schema builders that make zod's reports readable by a RevOps person: unknown keys are reported one
 * by one at the key with a "did you mean", choices name the valid words, and checks that span
 * several keys run even when a sibling is broken, so one pass reports every mistake.
 */

import { z } from 'zod';
import { describeValue, didYouMean, listWords } from './suggest.ts';

/** Marks a custom issue so the translator can phrase it (issues.ts). */
export interface UnknownKeyParams {
  kind: 'unknown_key';
  allowed: readonly string[];
  /** Who the key was written into: "a rule", "the config". */
  owner: string;
  /** A message of its own, for sections whose keys are names rather than settings (fields). */
  unknown?: (key: string) => string;
}

const unknownKeyMarkers = new WeakSet<z.ZodType>();

/** True for the catch-all schema of `strictObject`, so the JSON Schema can say `additionalProperties: false`. */
export function isUnknownKeyMarker(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && unknownKeyMarkers.has(schema as z.ZodType);
}

/** An object whose unknown keys are each an error at the key itself (zod's strict mode reports them together). */
export function strictObject<S extends z.ZodRawShape>(
  shape: S,
  owner: string,
  unknown?: (key: string) => string,
) {
  const params: UnknownKeyParams = { kind: 'unknown_key', allowed: Object.keys(shape), owner };
  if (unknown !== undefined) params.unknown = unknown;
  // Not z.custom: its failure stops the refinements of enclosing objects, even those marked ALWAYS.
  const marker = z.unknown().superRefine((_, ctx) => {
    ctx.addIssue({ code: 'custom', message: 'unknown setting', params, continue: true });
  });
  unknownKeyMarkers.add(marker);
  return z.object(shape).catchall(marker);
}

/** One word out of a fixed list, e.g. an action; the message names the list and the likely intent. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, noun: string, hint = '') {
  return z.enum(values, {
    error: (iss) => {
      const words = listWords(values.map((v) => `"${v}"`));
      if (iss.input === undefined) return `${noun} is missing: write ${words}.${hint}`;
      const typed = typeof iss.input === 'string' ? iss.input : '';
      return `${describeValue(iss.input)} is not a valid ${noun}.${didYouMean(typed, values)} Use ${words}.${hint}`;
    },
  });
}

export type Ctx = z.core.$RefinementCtx<unknown>;

/**
 * Refinement option: run even when parts of the value failed (zod skips refinements then by
 * default), so a broken sibling does not hide this check's findings. The refinement then receives
 * whatever was parsed and must treat it as `unknown`.
 */
export const ALWAYS = { when: (): boolean => true };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds `message` at `path` (relative to the refined value). */
export function report(ctx: Ctx, path: PropertyKey[], message: string, atKey = false): void {
  ctx.addIssue({ code: 'custom', path, message, params: atKey ? { kind: 'at_key' } : undefined });
}

/** Text, a number or true/false, read as text: CRM values are strings, YAML may type `42` or `true`. */
export const scalarSchema = z.union([z.string().max(1000), z.number(), z.boolean()]);
