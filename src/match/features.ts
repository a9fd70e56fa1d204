/**
 * From records to the features a model compares: folded names and their phonetic codes, canonical
 * email keys, E.164 phones, company keys without legal forms, registrable domains, folded places, and
 * custom columns as they are. Computed once per record and kept column by column (one array per
 * feature), so blocking and scoring read plain arrays. Repeated values (names, companies, cities) are
 * computed once per distinct value.
 *
 * Matching keys only: nothing here is ever shown as a record's value.
 *
 * A placeholder is not an identity: test and fake values ("test@example.com", "asdf", 555-0100, a
 * number of all one digit) and shared role mailboxes ("info@acme.com", read by a whole team) become
 * missing values here, so twenty junk records do not cluster on the junk they share.
 */

import { companyKey } from '../fields/company/index.ts';
import { countryCode } from '../fields/country/index.ts';
import {
  cleanEmail,
  domainClassifier,
  emailKey,
  isRoleLocalPart,
  testLocalPartReason,
} from '../fields/email/index.ts';
import { GenerationalCache } from '../fields/memo.ts';
import { isPlaceholderName, isTestName, splitFullName, testKind } from '../fields/person-name/index.ts';
import { analyzePhone } from '../fields/phone/index.ts';
import { parseWebsite, registrableDomain } from '../fields/website/index.ts';
import { HashIndex, hash64 } from '../io/hash.ts';
import type { FieldRef } from '../rules/config/index.ts';
import { foldName, phoneticKey } from './names/index.ts';

export type Feature = string | undefined;
export type FeatureColumn = Feature[];

/** A flat record: canonical fields and `custom.<header>` fields, all text (the gate's record shape). */
export type MatchRecord = Partial<Record<FieldRef, string>>;

/** Features of the contact presets, by name; `custom:<header>` features are custom columns as they are. */
export const CONTACT_FEATURES = [
  'first_name',
  'first_name_phonetic',
  'last_name',
  'last_name_phonetic',
  'name_pair',
  'email',
  'email_key',
  'email_local',
  'phone',
  'mobile',
  'company',
  'domain',
  'city',
  'postcode',
  'street',
  'state',
  'country',
  'job_title',
] as const;

export type ContactFeature = (typeof CONTACT_FEATURES)[number];

/** The record fields each feature is computed from (a feature is available when any is present). */
export const FEATURE_SOURCES: Readonly<Record<ContactFeature, readonly FieldRef[]>> = {
  first_name: ['first_name', 'full_name'],
  first_name_phonetic: ['first_name', 'full_name'],
  last_name: ['last_name', 'full_name'],
  last_name_phonetic: ['last_name', 'full_name'],
  name_pair: ['first_name', 'last_name', 'full_name'],
  email: ['email'],
  email_key: ['email'],
  email_local: ['email'],
  phone: ['phone'],
  mobile: ['mobile'],
  company: ['company'],
  domain: ['website'],
  city: ['city'],
  postcode: ['postcode'],
  street: ['street'],
  state: ['state'],
  country: ['country'],
  job_title: ['job_title'],
};

export const CUSTOM_PREFIX = 'custom:';

/** The feature of a custom column: `custom:<header>`. */
export function customFeature(header: string): string {
  return `${CUSTOM_PREFIX}${header}`;
}

/** Everything computed for one record; the table keeps the features a model asks for. */
interface Prepared {
  first?: string;
  firstPhonetic?: string;
  last?: string;
  lastPhonetic?: string;
  email?: string;
  key?: string;
  local?: string;
}

const classifyDomain = domainClassifier();

interface NameInfo {
  folded: string | undefined;
  phonetic: string | undefined;
}

const NO_NAME: NameInfo = Object.freeze({ folded: undefined, phonetic: undefined });

/** Lower case, no diacritics or punctuation runs: "Praha 1" → "praha 1", "Saint-Étienne" → "saint etienne". */
export function foldPlace(value: string): string | undefined {
  const folded = foldName(value.replace(/\d+/g, (d) => ` ${d} `));
  // foldName keeps letters only; digits of a street number matter, so they come back in.
  const digits = value.match(/\d+/g);
  const out = digits ? `${folded} ${digits.join(' ')}`.trim() : folded;
  return out === '' ? undefined : out;
}

function foldText(value: string): string | undefined {
  const out = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return out === '' ? undefined : out;
}

/** Postcodes compare without spaces and dashes: "110 00" = "11000", "SW1A 1AA" = "sw1a1aa". */
function foldPostcode(value: string): string | undefined {
  const out = value.toLowerCase().replace(/[\s\-–.]/g, '');
  return out === '' ? undefined : out;
}

function phoneKey(value: string, country: string | undefined): string | undefined {
  if (value.trim() === '') return undefined;
  const analysis = analyzePhone(
    value,
    country === undefined ? { field: 'phone' } : { field: 'phone', country },
  );
  if (analysis.findings.some((f) => f.code === 'phone.fake')) return undefined;
  const e164 = analysis.facts.e164 as string | undefined;
  if (e164) return e164;
  // Unreadable as a number of any region: a long run of digits still identifies the line within this
  // file; a short one ("555-0123" without its area code) is too likely a stand-in.
  const digits = value.replace(/\D/g, '');
  return digits.length >= 9 ? digits : undefined;
}

function websiteDomain(value: string): string | undefined {
  const parsed = parseWebsite(value.trim());
  return parsed.ok ? registrableDomain(parsed.value.host) : undefined;
}

/**
 * Values that repeat across records (names, companies, cities) are folded once while they recur. A
 * small two-generation cache: the frequent values stay, and the long tail of unique ones (streets,
 * e-mails) passes through without growing a map of a million entries.
 */
function memoized<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new GenerationalCache<{ out: T }>(16_384);
  return (value) => {
    let hit = cache.get(value);
    if (hit === undefined) {
      hit = { out: fn(value) };
      cache.set(value, hit);
    }
    return hit.out;
  };
}

/**
 * The distinct values of a feature, numbered from 1 (0 is "missing"), with how often each occurs.
 * Records carry the numbers: equality and "missing" become integer tests on a typed array, and value
 * frequencies (for term-frequency weights) an array read instead of a hash lookup.
 */
export class Dictionary {
  // Values are found by their 64-bit hash (see io/hash.ts): no string hashing where the hashes come
  // precomputed from the threads that prepared the features.
  readonly #ids = new HashIndex();
  readonly values: string[] = [''];
  counts = new Int32Array(1024);
  total = 0;

  /** The value's code, adding it (and counting one more occurrence) when `count` is set. */
  code(value: Feature, count: boolean): number {
    if (value === undefined) return 0;
    const [a, b] = hash64(value);
    return this.codeHashed(value, a, b, count);
  }

  /** `code` for a value whose hash64 lanes are known. */
  codeHashed(value: string, a: number, b: number, count: boolean): number {
    let id = count ? this.#ids.firstOrInsert(a, b, this.values.length) : this.#ids.get(a, b);
    if (id < 0) {
      // An unknown value looked up without adding: present, and equal to nothing stored.
      if (!count) return -1;
      id = this.values.length;
      this.values.push(value);
      if (id >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    if (count) {
      this.counts[id]!++;
      this.total++;
    }
    return id;
  }

  /** Share of the stored values equal to the one coded `code` (at least one occurrence: never 0). */
  frequency(code: number): number {
    if (this.total === 0) return 1;
    return Math.max(1, code > 0 ? this.counts[code]! : 0) / this.total;
  }
}

/** Each value's hash64 lanes, two int32 per value (0, 0 for a missing one), for `addColumns`. */
export function hashColumn(values: readonly Feature[]): Int32Array {
  const out = new Int32Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const [a, b] = hash64(v);
    out[2 * i] = a;
    out[2 * i + 1] = b;
  }
  return out;
}

/** Where a feature's codes are: record `row`'s code is `array[row * stride + offset]`. */
export interface CodeColumn {
  array: Int32Array;
  stride: number;
  offset: number;
}

/** Features whose values are compared with each other share one dictionary (a phone may be a mobile). */
export function dictionaryKey(feature: string): string {
  return feature === 'mobile' ? 'phone' : feature;
}

export interface FeatureTable {
  readonly size: number;
  readonly columns: ReadonlyMap<string, FeatureColumn>;
  column(feature: string): FeatureColumn;
  /**
   * Each record's code of the feature's value (0: missing), in `codes(f).array` (at least `size` long).
   * The holder stays while the array is replaced as the table grows: hot loops keep the holder.
   */
  codes(feature: string): CodeColumn;
  dictionary(feature: string): Dictionary;
}

/** A table of features given column by column (tests, and tables not made of records). */
export function tableFromColumns(columns: Readonly<Record<string, FeatureColumn>>): FeatureTable {
  const features = Object.keys(columns);
  const size = columns[features[0]!]?.length ?? 0;
  const map = new Map(Object.entries(columns));
  const dictionaries = new Map<string, Dictionary>();
  const codes = new Map<string, CodeColumn>();
  for (const f of features) {
    const key = dictionaryKey(f);
    if (!dictionaries.has(key)) dictionaries.set(key, new Dictionary());
    const d = dictionaries.get(key)!;
    codes.set(f, { array: Int32Array.from(columns[f]!, (v) => d.code(v, true)), stride: 1, offset: 0 });
  }
  const get = <T>(m: Map<string, T>, f: string, key = f): T => {
    const v = m.get(key);
    if (v === undefined) throw new Error(`feature "${f}" was not prepared`);
    return v;
  };
  return {
    size,
    columns: map,
    column: (f) => get(map, f),
    codes: (f) => get(codes, f),
    dictionary: (f) => get(dictionaries, f, dictionaryKey(f)),
  };
}

/** Builds the feature table of a set of records for the given features (unknown names throw). */
export function featureTable(records: readonly MatchRecord[], features: readonly string[]): FeatureTable {
  const builder = featureBuilder(features);
  for (const record of records) builder.add(record);
  return builder.table();
}

export interface FeatureBuilder {
  /** Appends one record; returns its index in the table. */
  add(record: MatchRecord): number;
  /** Appends one record's computed features (from `compute`). */
  addValues(values: readonly Feature[]): number;
  /**
   * Appends a batch of records computed elsewhere: one array per feature, in `features` order, with
   * the values' hashes (`hashColumn`) when the other thread computed them.
   */
  addColumns(columns: readonly (readonly Feature[])[], hashes?: readonly Int32Array[]): void;
  table(): FeatureTable;
  /** The features of one record in `features` order, without adding it (for a lookup). */
  compute(record: MatchRecord): Feature[];
}

/** Incremental form of featureTable: records are added one at a time (an index grows this way). */
export function featureBuilder(features: readonly string[]): FeatureBuilder {
  for (const f of features)
    if (!f.startsWith(CUSTOM_PREFIX) && !(CONTACT_FEATURES as readonly string[]).includes(f))
      throw new Error(`unknown feature "${f}"`);
  let size = 0;
  const columns = new Map<string, FeatureColumn>(features.map((f) => [f, []]));
  const dictionaries = new Map<string, Dictionary>();
  for (const f of features)
    if (!dictionaries.has(dictionaryKey(f))) dictionaries.set(dictionaryKey(f), new Dictionary());
  const coders = features.map((f) => dictionaries.get(dictionaryKey(f))!);
  // Row-major: a record's codes sit side by side, so comparing two records touches two cache lines
  // instead of one per feature (measured: the first code read of a pair was the costliest line).
  const stride = features.length;
  let codeRows = new Int32Array(1024 * stride);
  const codes: CodeColumn[] = features.map((_, i) => ({ array: codeRows, stride, offset: i }));
  const valueColumns = features.map((f) => columns.get(f)!);
  const ensureRows = (count: number) => {
    if (count * stride <= codeRows.length) return;
    let length = codeRows.length;
    while (count * stride > length) length *= 2;
    const grown = new Int32Array(length);
    grown.set(codeRows);
    codeRows = grown;
    for (const holder of codes) holder.array = codeRows;
  };
  const append = (i: number, value: Feature) => {
    ensureRows(size + 1);
    const code = coders[i]!.code(value, true);
    codeRows[size * stride + i] = code;
    valueColumns[i]!.push(code > 0 ? coders[i]!.values[code] : value);
  };
  // A test or placeholder name ("Test", "N/A", "asdf") identifies nobody. One memo per name part
  // gives its folded form and phonetic code together.
  const nameInfo = memoized((v: string): NameInfo => {
    if (isPlaceholderName(v) || testKind(v) !== undefined) return NO_NAME;
    const folded = foldName(v);
    return folded === '' ? NO_NAME : { folded, phonetic: phoneticKey(folded) || undefined };
  });
  const company = memoized((v: string) => companyKey(v) || undefined);
  // Only the costly steps are memoised: a memo lookup hashes the value, which costs about as much as
  // folding a city or looking a country up (measured on 1M contacts: memo lookups were the threads'
  // largest cost).
  const place = foldPlace;
  const text = foldText;
  const website = memoized(websiteDomain);
  const country = countryCode;
  const split = memoized((v: string) => splitFullName(v));
  const placeholderPair = memoized((pair: string) => {
    const cut = pair.indexOf('\u0000');
    const [f, l] = [pair.slice(0, cut), pair.slice(cut + 1)];
    return isTestName(f, l) || isPlaceholderName(`${f} ${l}`);
  });
  const wanted = [...columns.entries()];

  function names(record: MatchRecord, p: Prepared): void {
    let first = record.first_name ? nameInfo(record.first_name) : NO_NAME;
    let last = record.last_name ? nameInfo(record.last_name) : NO_NAME;
    if ((first === NO_NAME || last === NO_NAME) && record.full_name?.trim()) {
      const parts = split(record.full_name);
      if (first === NO_NAME && parts.first) first = nameInfo(parts.first);
      if (last === NO_NAME && parts.last) last = nameInfo(parts.last);
    }
    // "Max Mustermann", "Demo Contact": each part passes alone, the pair is the placeholder.
    if (first !== NO_NAME && last !== NO_NAME && placeholderPair(`${first.folded}\u0000${last.folded}`))
      return;
    p.first = first.folded;
    p.firstPhonetic = first.phonetic;
    p.last = last.folded;
    p.lastPhonetic = last.phonetic;
  }

  function email(record: MatchRecord, p: Prepared): void {
    const raw = record.email;
    if (!raw?.trim()) return;
    const cleaned = cleanEmail(raw.trim()).toLowerCase();
    const at = cleaned.lastIndexOf('@');
    if (at <= 0 || at === cleaned.length - 1) return;
    const key = emailKey(cleaned);
    const keyAt = key.lastIndexOf('@');
    const local = key.slice(0, keyAt);
    const domain = key.slice(keyAt + 1);
    const facts = classifyDomain(domain);
    if (facts.test || testLocalPartReason(local, domain) !== null || isRoleLocalPart(local)) return;
    p.email = cleaned;
    p.key = key;
    // "john.smith", "john_smith" and "johnsmith" are the same person's habit across providers.
    p.local = local.replace(/[._-]/g, '') || undefined;
  }

  function compute(record: MatchRecord): Feature[] {
    const p: Prepared = {};
    names(record, p);
    email(record, p);
    const cc = record.country?.trim() ? country(record.country) : undefined;
    const out: Feature[] = new Array(wanted.length);
    for (let i = 0; i < wanted.length; i++) out[i] = featureOf(wanted[i]![0], record, p, cc);
    return out;
  }

  function featureOf(f: string, record: MatchRecord, p: Prepared, cc: string | undefined): Feature {
    switch (f as ContactFeature) {
      case 'first_name':
        return p.first;
      case 'last_name':
        return p.last;
      case 'first_name_phonetic':
        return p.firstPhonetic;
      case 'last_name_phonetic':
        return p.lastPhonetic;
      case 'name_pair':
        // Initials ("J. Smith", "A. A.") are too many people to block on.
        if ((p.first?.length ?? 0) < 2 || (p.last?.length ?? 0) < 2) return undefined;
        // Order-free: "Novák Jan" and "Jan Novák" share it, so swapped names meet in one block.
        return p.first && p.last
          ? p.first < p.last
            ? `${p.first}|${p.last}`
            : `${p.last}|${p.first}`
          : undefined;
      case 'email':
        return p.email;
      case 'email_key':
        return p.key;
      case 'email_local':
        return p.local;
      case 'phone':
        return record.phone ? phoneKey(record.phone, cc) : undefined;
      case 'mobile':
        return record.mobile ? phoneKey(record.mobile, cc) : undefined;
      case 'company':
        return record.company?.trim() ? company(record.company) : undefined;
      case 'domain':
        // The website only: a work email's domain would count the email's agreement a second time.
        return record.website?.trim() ? website(record.website) : undefined;
      case 'city':
        return record.city?.trim() ? place(record.city) : undefined;
      case 'street':
        // Nearly every street is unique: a memo would only cost.
        return record.street?.trim() ? foldPlace(record.street) : undefined;
      case 'postcode':
        return record.postcode ? foldPostcode(record.postcode) : undefined;
      case 'state':
        return record.state ? text(record.state) : undefined;
      case 'country':
        return cc;
      case 'job_title':
        return record.job_title ? text(record.job_title) : undefined;
    }
    const header = f.slice(CUSTOM_PREFIX.length);
    const raw: string = record[`custom.${header}`] ?? '';
    return raw === '' ? undefined : text(raw);
  }

  return {
    add(record) {
      return this.addValues(compute(record));
    },
    addValues(values) {
      for (let i = 0; i < features.length; i++) append(i, values[i]);
      return size++;
    },
    addColumns(batch, hashes = batch.map(hashColumn)) {
      // Coded at once, column by column (one dictionary hot at a time): the batch's strings are then
      // garbage while still young, and one string per distinct value lives on ("praha" fifty thousand
      // times becomes one object, which the garbage collector no longer walks fifty thousand times).
      const rows = batch[0]?.length ?? 0;
      ensureRows(size + rows);
      for (let i = 0; i < features.length; i++) {
        const column = valueColumns[i]!;
        const coder = coders[i]!;
        const values = batch[i]!;
        const h = hashes[i]!;
        for (let r = 0; r < rows; r++) {
          const v = values[r];
          const code = v === undefined ? 0 : coder.codeHashed(v, h[2 * r]!, h[2 * r + 1]!, true);
          codeRows[(size + r) * stride + i] = code;
          column.push(code > 0 ? coder.values[code] : undefined);
        }
      }
      size += rows;
    },
    compute,
    table() {
      const index = new Map(features.map((f, i) => [f, i]));
      const at = (feature: string) => {
        const i = index.get(feature);
        if (i === undefined) throw new Error(`feature "${feature}" was not prepared`);
        return i;
      };
      // Live views: an index keeps adding records after asking for its table.
      return {
        get size() {
          return size;
        },
        columns,
        column: (feature) => columns.get(features[at(feature)]!)!,
        codes: (feature) => codes[at(feature)]!,
        dictionary: (feature) => coders[at(feature)]!,
      };
    },
  };
}
