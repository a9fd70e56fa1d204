import { compileLocale, type Locale } from '../compile-locale.ts';
import type { LocaleCode, LocaleSource } from '../locale-types.ts';
import { CZ } from './cz.ts';
import { DE } from './de.ts';
import { ES } from './es.ts';
import { FI } from './fi.ts';
import { FR } from './fr.ts';
import { GB } from './gb.ts';
import { GR } from './gr.ts';
import { IT } from './it.ts';
import { LT } from './lt.ts';
import { NL } from './nl.ts';
import { PL } from './pl.ts';
import { RU } from './ru.ts';
import { SE } from './se.ts';
import { US } from './us.ts';

const SOURCES: readonly LocaleSource[] = [US, GB, DE, FR, CZ, PL, GR, LT, RU, ES, IT, NL, SE, FI];

/** Compiled once at module load (a few milliseconds). */
export const LOCALES: ReadonlyMap<LocaleCode, Locale> = new Map(
  SOURCES.map((s) => [s.code, compileLocale(s)]),
);

/** Share of each locale in a default export: a US-led, Europe-heavy B2B CRM. */
export const DEFAULT_LOCALE_WEIGHTS: Readonly<Record<LocaleCode, number>> = {
  US: 22,
  GB: 9,
  DE: 11,
  FR: 7,
  CZ: 10,
  PL: 9,
  GR: 5,
  LT: 4,
  RU: 6,
  ES: 5,
  IT: 5,
  NL: 3,
  SE: 2,
  FI: 2,
};
