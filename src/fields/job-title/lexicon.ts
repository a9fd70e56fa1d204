/**
 * Compiles the data files into one phrase map, once, on the first look-up. Every key is the token
 * sequence of a spelling (tokenizeTitle), so data and input meet after the same folding.
 */
import { familyTitles } from './families.ts';
import { LANGUAGES } from './foreign.data.ts';
import {
  AMBIGUOUS,
  COMPOUND_SUFFIXES,
  DEPARTMENT_WORDS,
  MODIFIERS,
  type ModifierEffect,
  NEUTRAL_WORDS,
  ROLES,
  TITLES,
  type TitleSpec,
} from './titles.data.ts';
import { tokenizeTitle } from './tokenize.ts';
import { type Department, SENIORITY_RANK, type Seniority } from './types.ts';

export type EntryKind = 'role' | 'dept' | 'mod' | 'neutral' | 'ambiguous';

export interface Entry {
  readonly kind: EntryKind;
  /** English label: the canonical title of a role, the department label, the modifier word. */
  readonly label: string;
  /** The spelling in the data, used to restore case and diacritics of an exact match. */
  readonly display: string;
  /** The spelling's language writes titles in sentence case. */
  readonly sentence: boolean;
  readonly seniority?: Seniority;
  readonly department?: Department;
  /** A full title; department words do not join its label. */
  readonly complete?: boolean;
  readonly of?: boolean;
  readonly join?: string;
  readonly effect?: ModifierEffect;
  /** Set on English abbreviations: the title a whole-value occurrence expands to. */
  readonly expand?: string;
  /** Ambiguous abbreviations: one role entry per reading, the departments selecting each. */
  readonly choices?: readonly Entry[];
  readonly contexts?: readonly (readonly Department[])[];
  readonly preferred?: number;
  /** Ambiguous abbreviations: what all readings share. */
  readonly fallback?: Entry;
}

const phrases = new Map<string, Entry>();
// Proper token prefixes of multi-token keys ("vice", "vice president"), so matching can stop early.
const prefixes = new Set<string>();
const titles = new Map<string, Entry>();
const departments = new Map<string, Entry>();
const modifiers = new Map<string, Entry>();

const compounds: (readonly [string, Entry])[] = [];
/** Spellings that mean two different things, dangling references; a test keeps this empty. */
const problems: string[] = [];
let compiled = false;

function describe(e: Entry): string {
  return `${e.kind}:${e.label}/${e.seniority ?? '-'}/${e.department ?? '-'}`;
}

function add(text: string, entry: Entry): void {
  const tokens = tokenizeTitle(text);
  const first = tokens[0];
  if (first === undefined) {
    problems.push(`"${text}" has no tokens`);
    return;
  }
  const key = tokens.join(' ');
  const previous = phrases.get(key);
  if (previous) {
    if (describe(previous) !== describe(entry)) {
      problems.push(`"${text}" means ${describe(previous)} and ${describe(entry)}`);
    }
    return;
  }
  phrases.set(key, entry);
  for (let n = 1, prefix = first; n < tokens.length; prefix += ` ${tokens[n]}`, n++) prefixes.add(prefix);
}

function addTitle(spec: TitleSpec, complete: boolean): void {
  const base = {
    kind: 'role' as const,
    label: spec.title,
    sentence: false,
    seniority: spec.seniority,
    department: spec.department,
    complete,
    of: spec.of,
    join: spec.join,
  };
  if (!titles.has(spec.title)) titles.set(spec.title, { ...base, display: spec.title });
  add(spec.title, { ...base, display: spec.title });
  for (const form of spec.forms ?? []) add(form, { ...base, display: form });
  for (const abbr of spec.abbr ?? []) add(abbr, { ...base, display: abbr, expand: spec.title });
}

function addWords(): void {
  // A title with its own department is complete; one without ("Project Manager") still joins one.
  for (const spec of TITLES) addTitle(spec, spec.department !== undefined);
  for (const spec of ROLES) addTitle(spec, false);
  for (const spec of DEPARTMENT_WORDS) {
    const entry: Entry = {
      kind: 'dept',
      label: spec.label,
      display: spec.label,
      sentence: false,
      department: spec.department,
    };
    departments.set(spec.label, entry);
    for (const text of [spec.label, ...(spec.forms ?? []), ...(spec.abbr ?? [])])
      add(text, { ...entry, display: text });
  }
  for (const spec of MODIFIERS) {
    const entry: Entry = {
      kind: 'mod',
      label: spec.label,
      display: spec.label,
      sentence: false,
      effect: spec.effect,
    };
    modifiers.set(spec.label, entry);
    for (const text of [spec.label, ...(spec.forms ?? [])]) add(text, { ...entry, display: text });
  }
  // A hand-written title overrides the generated family member ("Customer Success Manager" is an IC).
  for (const spec of DEPARTMENT_WORDS) {
    if (!spec.family) continue;
    for (const generated of familyTitles(spec)) {
      const own = titles.get(generated.title);
      addTitle(
        own ? { ...generated, seniority: own.seniority!, department: own.department } : generated,
        true,
      );
    }
  }
}

function common<T>(values: readonly T[]): T | undefined {
  return values.every((v) => v === values[0]) ? values[0] : undefined;
}

function addAmbiguous(): void {
  for (const spec of AMBIGUOUS) {
    const choices: Entry[] = [];
    for (const reading of spec.readings) {
      const choice = titles.get(reading.title);
      if (choice) choices.push({ ...choice, complete: true });
      else problems.push(`ambiguous reading "${reading.title}" is not a title`);
    }
    const fallback: Entry = {
      kind: 'role',
      label: '',
      display: '',
      sentence: false,
      complete: true,
      seniority: common(choices.map((c) => c.seniority)),
      department: common(choices.map((c) => c.department)),
    };
    const contexts = spec.readings.map((r) => r.context);
    for (const form of spec.forms) {
      const label = choices.map((c) => c.label).join(' / ');
      add(form, {
        kind: 'ambiguous',
        label,
        display: form,
        sentence: false,
        choices,
        contexts,
        preferred: spec.preferred,
        fallback,
      });
    }
  }
}

function addLanguages(): void {
  for (const lang of LANGUAGES) {
    const sentence = lang.sentenceCase;
    const refer = (table: ReadonlyMap<string, Entry>, pairs: readonly (readonly [string, string])[]) => {
      for (const [form, ref] of pairs) {
        const entry = table.get(ref);
        if (entry) add(form, { ...entry, display: form, sentence, expand: undefined });
        else problems.push(`${lang.lang}: "${form}" refers to unknown "${ref}"`);
      }
    };
    refer(titles, lang.titles);
    refer(departments, lang.departments);
    refer(modifiers, lang.modifiers ?? []);
    for (const word of lang.neutral ?? [])
      add(word, { kind: 'neutral', label: word, display: word, sentence });
  }
  for (const word of NEUTRAL_WORDS)
    add(word, { kind: 'neutral', label: word, display: word, sentence: false });
}

function addCompounds(): void {
  for (const [suffix, title] of COMPOUND_SUFFIXES) {
    const entry = titles.get(title);
    if (entry) compounds.push([suffix, entry]);
    else problems.push(`compound suffix "${suffix}" refers to unknown "${title}"`);
  }
}

/**
 * Compiling takes tens of milliseconds, so it waits for the first title: the CLI imports every field
 * module at start-up, and `kempt --help` or an export without a title column never needs it.
 */
function compile(): void {
  compiled = true;
  addWords();
  addAmbiguous();
  addLanguages();
  addCompounds();
}

export function lookupPhrase(key: string): Entry | undefined {
  if (!compiled) compile();
  return phrases.get(key);
}

/** Some longer key starts with these tokens. */
export function isPhrasePrefix(tokens: string): boolean {
  if (!compiled) compile();
  return prefixes.has(tokens);
}

function departmentEntry(key: string): Entry | undefined {
  const entry = phrases.get(key);
  return entry?.kind === 'dept' ? entry : undefined;
}

/** German compounds: "vertriebsleiter" → [Sales, Head]; the linking "s" is optional. */
export function splitCompound(token: string): readonly [Entry, Entry] | undefined {
  if (token.length < 7) return undefined;
  if (!compiled) compile();
  for (const [suffix, role] of compounds) {
    if (token.length - suffix.length < 2 || !token.endsWith(suffix)) continue;
    const prefix = token.slice(0, token.length - suffix.length);
    const dept =
      departmentEntry(prefix) ?? (prefix.endsWith('s') ? departmentEntry(prefix.slice(0, -1)) : undefined);
    if (dept) return [dept, role];
  }
  return undefined;
}

export function rankOf(seniority: Seniority | undefined): number {
  return seniority === undefined ? -1 : SENIORITY_RANK[seniority];
}

/** Number of distinct spellings compiled (for tests and the report). */
export function phraseCount(): number {
  if (!compiled) compile();
  return phrases.size;
}

/** What compiling the data found wrong: spellings with two meanings, dangling references. */
export function dataProblems(): readonly string[] {
  if (!compiled) compile();
  return problems;
}
