/**
 * The model kempt starts from when none is given: comparisons and blocking rules for contacts (used
 * for the fields a file has), and generic comparisons for columns kempt does not know, chosen from
 * their data. The m/u values here are starting guesses; training replaces them.
 */

import type { Feature, FeatureColumn } from './features.ts';
import { customFeature } from './features.ts';
import type { BlockingRule, ComparisonInput, LevelInput, LevelTest, MatchModel } from './model.ts';
import { MODEL_VERSION, modelSchema } from './model.ts';

type Level = LevelInput;

const nul = (...features: string[]): Level => ({ is: 'null', label: 'missing', features });
const exact = (feature: string, label: string, m: number, u: number, tf = false): Level => ({
  is: 'exact',
  feature,
  label,
  tf,
  m,
  u,
});
const jw = (feature: string, min: number, m: number, u: number): Level => ({
  is: 'jaro_winkler',
  feature,
  min,
  label: `similar (Jaro-Winkler ≥ ${min})`,
  m,
  u,
});
const otherwise = (m: number, u: number): Level => ({ is: 'else', label: 'different', m, u });

/** Contact comparisons, each with the features it needs. */
const CONTACT_COMPARISONS: readonly ComparisonInput[] = [
  {
    name: 'first_name',
    description:
      'm is kept: the same person keeps their first name; relatives and colleagues do not share it',
    train_m: false,
    levels: [
      nul('first_name'),
      exact('first_name', 'same', 0.72, 0.01, true),
      {
        is: 'nickname',
        feature: 'first_name',
        label: 'nickname or variant (Bob/Robert, Honza/Jan)',
        m: 0.06,
        u: 0.001,
      },
      {
        is: 'gender_variant',
        feature: 'first_name',
        label: 'the other gender form (Jan/Jana)',
        m: 0.002,
        u: 0.002,
      },
      jw('first_name', 0.92, 0.078, 0.003),
      exact('first_name_phonetic', 'sounds the same', 0.03, 0.004),
      { is: 'initial', feature: 'first_name', label: 'initial of the other', m: 0.02, u: 0.005 },
      {
        is: 'swapped',
        feature: 'first_name',
        other: 'last_name',
        label: 'swapped with last name',
        m: 0.04,
        u: 0.0001,
      },
      jw('first_name', 0.8, 0.02, 0.03),
      otherwise(0.03, 0.95),
    ],
  },
  {
    name: 'last_name',
    train_m: false,
    levels: [
      nul('last_name'),
      exact('last_name', 'same', 0.77, 0.005, true),
      {
        is: 'gender_variant',
        feature: 'last_name',
        label: 'the other gender form (Novák/Nováková)',
        m: 0.005,
        u: 0.001,
      },
      jw('last_name', 0.92, 0.095, 0.002),
      exact('last_name_phonetic', 'sounds the same', 0.03, 0.003),
      {
        is: 'swapped',
        feature: 'last_name',
        other: 'first_name',
        label: 'swapped with first name',
        m: 0.04,
        u: 0.0001,
      },
      jw('last_name', 0.8, 0.02, 0.03),
      otherwise(0.04, 0.96),
    ],
  },
  {
    name: 'email',
    levels: [
      nul('email_key'),
      exact('email_key', 'same mailbox', 0.7, 0.0001, true),
      // A typo is one edit away. No level for "same local part at another domain": local parts are
      // made of names, so that agreement repeats what the name comparisons already counted.
      {
        is: 'edits',
        feature: 'email',
        max: 1,
        same_digits: true,
        label: 'one typo apart',
        m: 0.05,
        u: 0.00001,
      },
      otherwise(0.25, 0.9999),
    ],
  },
  {
    name: 'phone',
    group: 'workplace',
    levels: [
      nul('phone', 'mobile'),
      {
        is: 'any_exact',
        features: ['phone', 'mobile'],
        tf: true,
        label: 'same number (phone or mobile)',
        m: 0.6,
        u: 0.0001,
      },
      {
        is: 'last_digits',
        features: ['phone', 'mobile'],
        n: 7,
        label: 'same last 7 digits',
        m: 0.05,
        u: 0.0005,
      },
      otherwise(0.35, 0.999),
    ],
  },
  {
    name: 'company',
    group: 'workplace',
    levels: [
      nul('company'),
      exact('company', 'same company (legal form aside)', 0.7, 0.001, true),
      { is: 'acronym', feature: 'company', label: 'acronym of the other', m: 0.02, u: 0.0001 },
      { is: 'token_set', feature: 'company', min: 0.7, label: 'mostly the same words', m: 0.1, u: 0.002 },
      jw('company', 0.9, 0.04, 0.003),
      otherwise(0.14, 0.99),
    ],
  },
  {
    name: 'domain',
    group: 'workplace',
    levels: [nul('domain'), exact('domain', 'same domain', 0.7, 0.001, true), otherwise(0.3, 0.999)],
  },
  {
    name: 'city',
    group: 'place',
    levels: [
      nul('city'),
      exact('city', 'same', 0.8, 0.02, true),
      jw('city', 0.9, 0.08, 0.005),
      otherwise(0.12, 0.97),
    ],
  },
  {
    name: 'postcode',
    group: 'place',
    levels: [
      nul('postcode'),
      exact('postcode', 'same', 0.8, 0.002, true),
      { is: 'edits', feature: 'postcode', max: 1, label: 'one typing edit apart', m: 0.08, u: 0.01 },
      otherwise(0.12, 0.988),
    ],
  },
  {
    name: 'street',
    group: 'place',
    levels: [
      nul('street'),
      exact('street', 'same', 0.7, 0.0005),
      { is: 'token_set', feature: 'street', min: 0.6, label: 'mostly the same words', m: 0.15, u: 0.005 },
      otherwise(0.15, 0.9945),
    ],
  },
  {
    name: 'job_title',
    levels: [
      nul('job_title'),
      exact('job_title', 'same', 0.5, 0.02, true),
      { is: 'token_set', feature: 'job_title', min: 0.5, label: 'similar words', m: 0.15, u: 0.05 },
      otherwise(0.35, 0.93),
    ],
  },
  {
    name: 'country',
    levels: [nul('country'), exact('country', 'same', 0.95, 0.2), otherwise(0.05, 0.8)],
  },
];

/** Blocking rules in order; a rule is used when the file has every feature it keys on. */
// Measured on generated exports (true pairs found / false pairs made): "same email local part" and
// "last name sounds the same, same city" made 2,600 and 6,700 pairs for 30 and 0 true ones per 20k
// records, so they are not here.
const CONTACT_BLOCKING: readonly BlockingRule[] = [
  { name: 'same email mailbox', keys: ['email_key'] },
  // A number shared by a hundred records is a switchboard: the people behind it meet in other blocks.
  { name: 'same phone', keys: ['phone'], max_block_size: 100 },
  { name: 'same mobile', keys: ['mobile'], max_block_size: 100 },
  // A full name shared by more than a handful of records cannot tell them apart on its own (on 1M
  // generated contacts, blocks of up to 25 still made 4.6M namesake pairs); rare full names can, and
  // the records behind common ones meet through other keys.
  { name: 'same first and last name (either order)', keys: ['name_pair'], max_block_size: 10 },
  { name: 'names sound the same', keys: ['first_name_phonetic', 'last_name_phonetic'], max_block_size: 10 },
  { name: 'same last name at the same company', keys: ['last_name', 'company'] },
  { name: 'same first name at the same company', keys: ['first_name', 'company'] },
  { name: 'last name sounds the same, same postcode', keys: ['last_name_phonetic', 'postcode'] },
  { name: 'same first name, same postcode', keys: ['first_name', 'postcode'] },
  // For typos in the other name: one name alone, where it is rare enough to be worth comparing.
  { name: 'same rare last name', keys: ['last_name'], max_block_size: 10 },
  { name: 'same rare first name', keys: ['first_name'], max_block_size: 10 },
];

/**
 * Pairs that are the same person beyond reasonable doubt: a personal mailbox (placeholders and role
 * mailboxes are no identity, see features.ts) with the same first name, or the same phone with the
 * same first and last name.
 */
const CONTACT_ANCHORS: readonly string[][] = [
  ['email', 'first_name'],
  ['phone', 'first_name', 'last_name'],
];

/** What kind of custom column this is, from its values (a sample is enough). */
export type ColumnKind = 'code' | 'text' | 'category' | 'unique';

export function columnKind(values: readonly Feature[]): ColumnKind {
  const filled = values.filter((v): v is string => v !== undefined);
  if (filled.length === 0) return 'category';
  const distinct = new Set(filled).size;
  if (distinct === filled.length && filled.length >= 50) return 'unique';
  if (distinct <= Math.max(20, filled.length * 0.01)) return 'category';
  const codeLike = filled.filter((v) => /^[\d\s./\-:]+$/.test(v)).length;
  return codeLike >= filled.length * 0.9 ? 'code' : 'text';
}

/** A comparison for a column kempt does not know, fitted to what its values look like. */
export function genericComparison(header: string, kind: ColumnKind): ComparisonInput | undefined {
  const f = customFeature(header);
  switch (kind) {
    case 'unique':
      // Every value differs: agreement never happens in this data, and near-misses of ids mean nothing.
      return undefined;
    case 'category':
      return { name: f, levels: [nul(f), exact(f, 'same', 0.9, 0.3), otherwise(0.1, 0.7)] };
    case 'code':
      // Dates, numbers, codes: typed digits go wrong one or two at a time (a typo, two swapped).
      return {
        name: f,
        levels: [
          nul(f),
          exact(f, 'same', 0.8, 0.001, true),
          { is: 'edits', feature: f, max: 1, label: 'one typing edit apart', m: 0.1, u: 0.005 },
          { is: 'edits', feature: f, max: 2, label: 'two typing edits apart', m: 0.04, u: 0.02 },
          otherwise(0.06, 0.974),
        ],
      };
    case 'text':
      return {
        name: f,
        levels: [
          nul(f),
          exact(f, 'same', 0.8, 0.005, true),
          jw(f, 0.92, 0.1, 0.005),
          jw(f, 0.8, 0.04, 0.03),
          otherwise(0.06, 0.96),
        ],
      };
  }
}

/** Features a comparison or rule needs (excluding the null level's, which only says "missing"). */
function needs(c: ComparisonInput): string[] {
  const first = c.levels[0]!;
  return first.is === 'null' ? first.features : [];
}

export interface PresetInput {
  /** Contact features the file can provide. */
  available: ReadonlySet<string>;
  /** Custom columns: header → its values (or a sample of them). */
  custom: ReadonlyMap<string, FeatureColumn>;
  records: number;
}

/** The starting model for a file: the contact presets it has features for, plus its custom columns. */
/** The contact presets a file with these features gets: their comparisons fitted, the rules it can use. */
function contactPresets(available: ReadonlySet<string>) {
  const has = (f: string) => available.has(f);
  return {
    comparisons: CONTACT_COMPARISONS.filter((c) => needs(c).some(has)).map((c) => ({
      ...c,
      levels: fitLevels(c.levels, has),
    })),
    blocking: CONTACT_BLOCKING.filter((r) => r.keys.every(has)),
  };
}

/**
 * The contact features the presets compare or block on, of those a file has: the only ones worth
 * preparing for it (every feature costs its fold or parse on each of a million records).
 */
export function presetFeatures(available: ReadonlySet<string>): string[] {
  const { comparisons, blocking } = contactPresets(available);
  return [
    ...new Set([
      ...comparisons.flatMap((c) => c.levels.flatMap(levelFeatures)),
      ...blocking.flatMap((r) => r.keys),
    ]),
  ];
}

export function presetModel(input: PresetInput): MatchModel {
  const { comparisons, blocking } = contactPresets(input.available);
  for (const [header, values] of input.custom) {
    const kind = columnKind(values);
    const c = genericComparison(header, kind);
    if (!c) continue;
    comparisons.push(c);
    // A selective column (a date of birth, a customer number) blocks on its own.
    if (kind === 'code' || kind === 'text') {
      const filled = values.filter((v) => v !== undefined);
      if (new Set(filled).size >= filled.length * 0.3)
        blocking.push({ name: `same ${header}`, keys: [customFeature(header)] });
    }
  }
  if (comparisons.length === 0) throw new Error('no comparable columns');
  const names = new Set(comparisons.map((c) => c.name));
  const anchors = CONTACT_ANCHORS.filter((a) => a.every((n) => names.has(n)));
  return modelSchema.parse({
    kempt_model: MODEL_VERSION,
    kind: input.available.size > 0 ? 'contacts' : 'generic',
    comparisons,
    blocking,
    // A guess of one duplicate pair per record among all pairs; training estimates it.
    prior: Math.min(0.5, Math.max(1e-9, 1 / Math.max(2, input.records))),
    anchors,
    threshold: 0.9,
    max_block_size: 1000,
  });
}

/**
 * A comparison's levels on the features a file has: a level over several features (phone or mobile)
 * keeps those present; a level on a missing feature cannot hold and goes.
 */
function fitLevels(levels: readonly LevelInput[], has: (f: string) => boolean): LevelInput[] {
  const out: LevelInput[] = [];
  for (const l of levels) {
    if ('features' in l) {
      const features = l.features.filter(has);
      if (features.length > 0) out.push({ ...l, features });
    } else if (levelFeatures(l).every(has)) out.push(l);
  }
  return out;
}

export function levelFeatures(level: LevelTest | LevelInput): string[] {
  const out: string[] = [];
  if ('feature' in level) out.push(level.feature);
  if ('features' in level) out.push(...level.features);
  if (level.is === 'swapped') out.push(level.other);
  return out;
}
