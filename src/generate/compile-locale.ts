/**
 * Turns a compact `LocaleSource` into arrays with every spelling precomputed (native, Latin, ASCII
 * slug), so the per-row hot path only picks indices and concatenates strings.
 */

import { LOCALE_CODES, type LocaleCode, type LocaleSource, type PhoneSpec } from './locale-types.ts';
import { asciiSlug, stripDiacritics, transliterate } from './translit.ts';

/** One word in all the spellings a CRM may hold. */
export interface Spelling {
  /** As written natively (Greek, Cyrillic, or Latin with diacritics). */
  native: string;
  /** Latin transliteration; equals `native` for Latin scripts. */
  latin: string;
  /** Latin without diacritics ("Dvorak"). */
  plain: string;
  /** Lower-case ASCII letters and digits only, for email local parts and domains. */
  slug: string;
}

export interface Surname {
  male: Spelling;
  /** Female forms; Lithuanian has two (married -ienė, unmarried -aitė/-ytė). */
  female: readonly Spelling[];
}

export interface City {
  name: Spelling;
  postcode: string;
  state: Spelling;
  area: string;
}

export interface Locale {
  code: LocaleCode;
  /** Position in LOCALE_CODES, for array-indexed per-locale caches. */
  ordinal: number;
  country: string;
  countryVariants: readonly string[];
  nativeScript: number;
  male: readonly Spelling[];
  female: readonly Spelling[];
  surnames: readonly Surname[];
  /** Formal native first name → nickname spellings. */
  nicknames: ReadonlyMap<string, readonly Spelling[]>;
  cities: readonly City[];
  stateFill: number;
  streets: readonly Spelling[];
  /** Street templates split into literal parts and "{s}", "{n}", "{m}" slots. */
  streetTemplates: readonly (readonly string[])[];
  streetTemplatesLatin: readonly (readonly string[])[];
  companyWords: readonly Spelling[];
  companyIndustries: readonly Spelling[];
  /** Legal-form templates with {c}: native, Latin, and Latin without diacritics. */
  legalForms: readonly (readonly [string, string, string])[];
  tld: string;
  freeMail: readonly string[];
  freeMailCumulative: readonly number[];
  phone: PhoneSpec;
  mobilePrefixes: readonly string[];
  /** Native job titles with the canonical title key they mean. */
  titles: readonly (readonly [string, string])[];
}

export function spell(native: string, latinOverride?: string): Spelling {
  const latin = latinOverride ?? transliterate(native);
  return { native, latin, plain: stripDiacritics(latin), slug: asciiSlug(latin) };
}

/** "Native/Latin" → Spelling; a plain entry is its own Latin form. */
function pair(entry: string, nativePairs: boolean): Spelling {
  if (!nativePairs) return spell(entry);
  const [native, latin] = entry.split('/');
  return spell(native!, latin);
}

const words = (s: string): string[] =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replaceAll('_', ' '));
const items = (s: string): string[] => s.split(';').filter(Boolean);

function lithuanianFemale(male: string): string[] {
  const rules: readonly (readonly [string, string, string])[] = [
    ['ius', 'ienė', 'iūtė'],
    ['as', 'ienė', 'aitė'],
    ['is', 'ienė', 'ytė'],
    ['ys', 'ienė', 'ytė'],
    ['us', 'ienė', 'utė'],
    ['a', 'ienė', 'aitė'],
  ];
  for (const [end, married, maiden] of rules) {
    if (male.endsWith(end)) {
      const stem = male.slice(0, -end.length);
      return [stem + married, stem + maiden];
    }
  }
  return [male];
}

function czechFemale(male: string): string {
  if (male.endsWith('ý')) return `${male.slice(0, -1)}á`;
  if (male.endsWith('ek')) return `${male.slice(0, -2)}ková`;
  if (male.endsWith('ec')) return `${male.slice(0, -2)}cová`;
  if (male.endsWith('a')) return `${male.slice(0, -1)}ová`;
  return `${male}ová`;
}

function russianFemale(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (/(ский|цкий)$/.test(male)) return `${male.slice(0, -2)}ая`;
  if (/(ой|ый)$/.test(male)) return `${male.slice(0, -2)}ая`;
  return male;
}

function polishFemale(male: string): string {
  return /(ski|cki|dzki)$/.test(male) ? `${male.slice(0, -1)}a` : male;
}

function femaleForms(
  male: string,
  explicit: string | undefined,
  rule: LocaleSource['surnameRule'],
): string[] {
  if (explicit !== undefined) return [explicit];
  if (rule === 'cz') return [czechFemale(male)];
  if (rule === 'pl') return [polishFemale(male)];
  if (rule === 'ru') return [russianFemale(male)];
  if (rule === 'lt') return lithuanianFemale(male);
  return [male];
}

function compileSurnames(src: LocaleSource): Surname[] {
  return words(src.surnames).map((entry) => {
    const [male, explicit] = entry.split(':') as [string, string | undefined];
    return { male: spell(male), female: femaleForms(male, explicit, src.surnameRule).map((f) => spell(f)) };
  });
}

function compileNicknames(src: LocaleSource): Map<string, Spelling[]> {
  const map = new Map<string, Spelling[]>();
  for (const entry of items(src.nicknames)) {
    const [formal, list] = entry.split(':') as [string, string];
    const nicks = [...new Set(list.split(','))].filter((n) => n !== formal).map((n) => spell(n));
    if (nicks.length > 0) map.set(formal, nicks);
  }
  return map;
}

function compileCities(src: LocaleSource): City[] {
  const nativePairs = src.nativeScript > 0;
  return items(src.cities).map((entry) => {
    const [name, postcode, state, area] = entry.split('|') as [string, string, string, string];
    return { name: pair(name, nativePairs), postcode, state: pair(state, nativePairs), area };
  });
}

function cumulativeWeights(entries: readonly string[]): { names: string[]; cumulative: number[] } {
  const names: string[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  for (const e of entries) {
    const [name, weight] = e.split(':') as [string, string];
    names.push(name);
    sum += Number(weight);
    cumulative.push(sum);
  }
  return { names, cumulative };
}

function splitTemplate(template: string): string[] {
  return template.split(/(\{[snm]\})/).filter((p) => p !== '');
}

export function compileLocale(src: LocaleSource): Locale {
  const nativePairs = src.nativeScript > 0;
  const mail = cumulativeWeights(words(src.freeMail));
  return {
    code: src.code,
    ordinal: LOCALE_CODES.indexOf(src.code),
    country: src.country,
    countryVariants: src.countryVariants.split('|'),
    nativeScript: src.nativeScript,
    male: words(src.male).map((n) => spell(n)),
    female: words(src.female).map((n) => spell(n)),
    surnames: compileSurnames(src),
    nicknames: compileNicknames(src),
    cities: compileCities(src),
    stateFill: src.stateFill,
    streets: items(src.streets).map((s) => pair(s, nativePairs)),
    streetTemplates: src.streetTemplates.map(splitTemplate),
    streetTemplatesLatin: (src.streetTemplatesLatin ?? src.streetTemplates).map(splitTemplate),
    companyWords: items(src.companyWords).map((s) => pair(s, nativePairs)),
    companyIndustries: items(src.companyIndustries).map((s) => pair(s, nativePairs)),
    legalForms: items(src.legalForms).map((f) => {
      const [native, latin = native] = nativePairs ? (f.split('/') as [string, string]) : [f, f];
      return [native, latin, stripDiacritics(latin)] as const;
    }),
    tld: src.tld,
    freeMail: mail.names,
    freeMailCumulative: mail.cumulative,
    phone: src.phone,
    mobilePrefixes: words(src.phone.mobile),
    titles: items(src.titles).map((t) => t.split('=') as [string, string]),
  };
}
