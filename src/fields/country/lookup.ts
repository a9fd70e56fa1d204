import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { foldPlaceKey, placeKey } from './fold.ts';
import { ENGLISH, type LocaleNames, OTHER_LOCALES } from './locales.ts';
import { CA_PROVINCES, type StateTable, US_STATES } from './states-data.ts';
import { AMBIGUOUS, DISPLAY_NAMES, NOT_COUNTRIES, SUBDIVISIONS, VARIANTS } from './variants.ts';

/** What a country-field value denotes. Entries are shared between calls: treat them as read-only. */
export type CountryEntry =
  | { readonly kind: 'country'; readonly code: string }
  | { readonly kind: 'subdivision'; readonly code: string }
  | { readonly kind: 'ambiguous'; readonly codes: readonly string[]; readonly why: string }
  | { readonly kind: 'not_country'; readonly why: string };

// Lower rank wins. Exact keys outrank diacritic-folded ones so "cr" (Costa Rica) beats folded "ČR".
const CURATED = 0;
const CODE = 1;
const ENGLISH_NAME = 2;
const OTHER_NAME = 3;
const STATE_NAME = 4;
const FOLDED = 10;

interface Slot {
  entry: CountryEntry;
  rank: number;
}

const slots = new Map<string, Slot>();
// Exact spelling → key; many languages share a spelling ("Malta"), so each is keyed once.
const exactKeys = new Map<string, string>();

function sameTarget(a: CountryEntry, b: CountryEntry): boolean {
  return a.kind === b.kind && 'code' in a && 'code' in b && a.code === b.code;
}

function put(key: string, entry: CountryEntry, rank: number): void {
  if (key === '') return;
  const slot = slots.get(key);
  if (slot === undefined || rank < slot.rank) {
    slots.set(key, { entry, rank });
  } else if (rank === slot.rank && !sameTarget(slot.entry, entry) && 'code' in entry) {
    // Two countries share a name at the same authority ("Congo" in CLDR English).
    const prior =
      slot.entry.kind === 'ambiguous' ? slot.entry.codes : 'code' in slot.entry ? [slot.entry.code] : [];
    const codes = prior.includes(entry.code) ? prior : [...prior, entry.code];
    slot.entry = { kind: 'ambiguous', codes, why: 'the name is used by several countries' };
  }
}

function add(name: string, entry: CountryEntry, rank: number): void {
  let key = exactKeys.get(name);
  if (key === undefined) {
    key = placeKey(name);
    exactKeys.set(name, key);
  } else if (rank > CODE && slots.get(key)?.entry === entry) {
    return;
  }
  put(key, entry, rank);
  put(foldPlaceKey(key), entry, rank + FOLDED);
}

const interned = new Map<string, CountryEntry>();
function country(code: string): CountryEntry {
  let entry = interned.get(code);
  if (entry === undefined) {
    entry = { kind: 'country', code };
    interned.set(code, entry);
  }
  return entry;
}

function addLocale(locale: LocaleNames, rank: number): void {
  for (const [code, names] of Object.entries(locale.countries)) {
    const entry = country(code);
    if (typeof names === 'string') add(names, entry, rank);
    else for (const name of names) add(name, entry, rank);
  }
}

function addStates(table: StateTable, code: string): void {
  const entry: CountryEntry = { kind: 'subdivision', code };
  for (const names of Object.values(table))
    for (const name of names) if (!name.includes('.')) add(name, entry, STATE_NAME);
}

for (const [code, names] of Object.entries(VARIANTS))
  for (const name of names) add(name, country(code), CURATED);
for (const [code, name] of Object.entries(DISPLAY_NAMES)) add(name, country(code), CURATED);
for (const { names, codes, why } of AMBIGUOUS)
  for (const name of names) add(name, { kind: 'ambiguous', codes, why }, CURATED);
for (const [name, why] of Object.entries(NOT_COUNTRIES)) add(name, { kind: 'not_country', why }, CURATED);
for (const [code, names] of Object.entries(SUBDIVISIONS)) {
  for (const name of names) add(name, { kind: 'subdivision', code }, CURATED);
}
const ALPHA3_TO_ALPHA2 = new Map<string, string>();
for (const [alpha2, alpha3, numeric] of codes) {
  add(alpha2!, country(alpha2!), CODE);
  add(alpha3!, country(alpha2!), CODE);
  add(numeric!, country(alpha2!), CODE);
  ALPHA3_TO_ALPHA2.set(alpha3!, alpha2!);
}
addLocale(ENGLISH, ENGLISH_NAME);
for (const locale of OTHER_LOCALES) addLocale(locale, OTHER_NAME);
addStates(US_STATES, 'US');
addStates(CA_PROVINCES, 'CA');

const BY_KEY = new Map<string, CountryEntry>();
for (const [key, slot] of slots) BY_KEY.set(key, slot.entry);

// Values exactly as the data spells them ("CZ", "Deutschland") skip key building on the hot path.
const BY_EXACT = new Map<string, CountryEntry>();
for (const [name, key] of exactKeys) BY_EXACT.set(name, BY_KEY.get(key)!);

/** English short display name per alpha-2 code. */
export const ENGLISH_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(ENGLISH.countries).map(([code, names]) => [
    code,
    DISPLAY_NAMES[code] ?? (typeof names === 'string' ? names : names[0]!),
  ]),
);

/** Every lookup key that denotes one country, for typo suggestions. */
export function countryKeys(): IterableIterator<[string, CountryEntry]> {
  return BY_KEY.entries();
}

/** What `value` (already whitespace-collapsed) denotes, or undefined when it is no place we know. */
export function lookupCountry(value: string): CountryEntry | undefined {
  const exact = BY_EXACT.get(value);
  if (exact !== undefined) return exact;
  const key = placeKey(value);
  if (key === '') return undefined;
  return BY_KEY.get(key) ?? BY_KEY.get(foldPlaceKey(key));
}
