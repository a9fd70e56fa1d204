/**
 * Legal-form detection on word tokens: "Agfa" never holds "AG", "Samsung" never "SA". Forms are looked
 * for after the name ("Acme, Inc.", "Novák s.r.o.", "Foo GmbH & Co. KG"), after the name but before a
 * trailing parenthesis ("Siemens AG (Munich)"), and, for forms that take that place, before it
 * ("ООО «Ромашка»", "UAB „Švyturys“"). Ambiguous short forms need the record's country.
 */
import {
  CJK_FORMS,
  type FormEntry,
  foldLetters,
  foldToken,
  type LegalForm,
  letterKey,
  PREFIX_TRIE,
  type StemNode,
  SUFFIX_TRIE,
  wordWidth,
} from './legal-form-table.ts';
import { keyAt, tokenEnd, tokenize, tokenStart } from './tokens.ts';

export interface LegalFormMatch {
  /** Canonical spelling of the form ("s.r.o.", "Inc.", "ООО"). */
  legalForm: string;
  /** The record's country when the form belongs to it, else the form's only country. */
  country: string | undefined;
  countries: readonly string[];
  /** Local name of the form ("společnost s ručením omezeným"). */
  name: string;
  position: 'prefix' | 'suffix';
  /** Span of the form in the analysed string. */
  start: number;
  end: number;
  written: string;
  /** Spelling to show: `written` when it is an accepted one, else the accepted spelling of the same letters. */
  display: string;
}

/** Longer values are not single company names; they are not searched. */
export const MAX_NAME_LENGTH = 250;

// A form right after a conjunction is part of the name: "McKinsey & Company", "Smith and Co".
const CONNECTORS = new Set(['&', 'and', 'und', 'u', 'et', 'e', 'y', 'i', 'и', 'och', 'og', 'en']);
const CJK_EDGE = 0x2e80;

interface Probe {
  s: string;
  country: string | undefined;
  position: 'prefix' | 'suffix';
  start: number;
  end: number;
  baseTokens: number;
  before: string | undefined;
}

/** Where the name's legal form is, if it has one. `name` should already be whitespace-clean. */
export function detectLegalForm(name: string, country?: string): LegalFormMatch | undefined {
  if (name.length > MAX_NAME_LENGTH || name.length < 2) return undefined;
  const cjk = detectCjk(name, country);
  if (cjk) return cjk;
  const n = tokenize(name);
  if (n < 2) return undefined;
  const found = findForm('suffix', name, n, country);
  if (found) return found;
  const cut = tailStart(name);
  if (cut > 0) {
    let core = n;
    while (core > 0 && tokenStart(core - 1) >= cut) core--;
    const inCore = core >= 2 && core < n ? findForm('suffix', name, core, country) : undefined;
    if (inCore) return inCore;
  }
  return findForm('prefix', name, n, country);
}

/** Only a form before the name ("PT" of "PT Bank Central Asia", once its suffix "Tbk" is known). */
export function detectPrefixForm(name: string, country?: string): LegalFormMatch | undefined {
  if (name.length > MAX_NAME_LENGTH || !startsWithPrefixStem(name)) return undefined;
  const n = tokenize(name);
  return n < 2 ? undefined : findForm('prefix', name, n, country);
}

/** Cheap pre-check on the first word alone, before tokenising the whole name. */
function startsWithPrefixStem(name: string): boolean {
  let start = 0;
  while (start < name.length && wordWidth(name, start) === 0) start++;
  let end = start;
  for (let w = wordWidth(name, end); w > 0; w = wordWidth(name, end)) end += w;
  return end > start && PREFIX_TRIE.next.has(foldToken(name.slice(start, end)));
}

// A qualifier after the name and its form: "Siemens AG (Munich)", "Petrobras S.A. - Brasil", "Acme GmbH, Wien".
const TAIL_SEPARATORS = [' - ', ' – ', ' — ', ', '];

function tailStart(name: string): number {
  let cut = name.endsWith(')') ? name.lastIndexOf('(') : -1;
  for (const sep of TAIL_SEPARATORS) cut = Math.max(cut, name.lastIndexOf(sep));
  return cut;
}

// Hits of the current search, reused: token counts and entries of spellings found, shortest first.
const hitLengths: number[] = [];
const hitEntries: (readonly FormEntry[])[] = [];
const NONE: readonly FormEntry[] = [];

function collectHits(n: number, position: 'prefix' | 'suffix'): number {
  hitLengths.length = 0;
  hitEntries.length = 0;
  let node: StemNode | undefined = position === 'suffix' ? SUFFIX_TRIE : PREFIX_TRIE;
  for (let k = 1; k < n; k++) {
    node = node.next.get(keyAt(position === 'suffix' ? n - k : k - 1));
    if (node === undefined) break;
    if (node.entries !== undefined) {
      hitLengths.push(k);
      hitEntries.push(node.entries);
    }
  }
  return hitLengths.length;
}

/** The longest form at one end of the first `n` tokens of `s` that the rules allow there. */
function findForm(
  position: 'prefix' | 'suffix',
  s: string,
  n: number,
  country: string | undefined,
): LegalFormMatch | undefined {
  const suffix = position === 'suffix';
  for (let h = collectHits(n, position) - 1; h >= 0; h--) {
    const k = hitLengths[h] ?? 0;
    const probe: Probe = {
      s,
      country,
      position,
      start: tokenStart(suffix ? n - k : 0),
      end: tokenEnd(suffix ? n - 1 : k - 1),
      baseTokens: n - k,
      before: suffix && n - k > 0 ? keyAt(n - k - 1) : undefined,
    };
    const match = choose(probe, hitEntries[h] ?? NONE);
    if (match) return match;
  }
  return undefined;
}

// "AB „Ignitis grupė“", "AS «Latvijas Gāze»": a quoted name after the letters settles that they are a form.
const OPENING_QUOTES = new Set(['„', '«', '"', '“', '‚', "'"]);

function quotedAfter(p: Probe): boolean {
  const next = p.s.charAt(p.end) === ' ' ? p.s.charAt(p.end + 1) : p.s.charAt(p.end);
  return OPENING_QUOTES.has(next);
}

const undotted = (s: string): string => (s.endsWith('.') ? s.slice(0, -1) : s);

function allowed(e: FormEntry, p: Probe, inCountry: boolean, written: string): boolean {
  const f = e.form;
  if ((e.local || f.local) && !inCountry) return false;
  if (e.exact !== undefined && !inCountry && undotted(written) !== undotted(e.exact)) return false;
  if (p.position === 'prefix') return f.prefix === 2 || (f.prefix === 1 && (inCountry || quotedAfter(p)));
  if (!f.suffix || p.baseTokens < f.minBase) return false;
  return p.before === undefined || !CONNECTORS.has(p.before);
}

function choose(p: Probe, entries: readonly FormEntry[]): LegalFormMatch | undefined {
  widen(p);
  const written = p.s.slice(p.start, p.end);
  // Only needed to rank several candidate forms; most keys have one.
  const lk = entries.length > 1 ? letterKey(written) : '';
  let best: FormEntry | undefined;
  let bestScore = -1;
  let passing = 0;
  for (const e of entries) {
    const inCountry = isIn(e.form, p.country);
    if (!allowed(e, p, inCountry, written)) continue;
    passing++;
    let score = (inCountry ? 4 : 0) + (e.form.displays.includes(written) ? 2 : 0);
    if (lk !== '' && e.form.displayKeys.includes(lk)) score++;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  const form = best.form;
  const byCountry = bestScore >= 4;
  const others =
    passing > 1
      ? entries.filter((e) => e.form !== form && allowed(e, p, isIn(e.form, p.country), written))
      : NONE;
  const country = byCountry ? p.country : form.countries.length === 1 ? form.countries[0] : undefined;
  return {
    legalForm: form.canonical,
    country,
    countries: form.countries,
    name: form.name,
    position: p.position,
    start: p.start,
    end: p.end,
    written,
    display: respell(written, best, byCountry, others),
  };
}

const isIn = (form: LegalForm, country: string | undefined): boolean =>
  country !== undefined && form.countries.includes(country);

/** Take in the dot after "Inc" and the brackets of "(Pty) Ltd" / "UG (haftungsbeschränkt)". */
function widen(p: Probe): void {
  const s = p.s;
  let open = 0;
  for (let i = p.start; i < p.end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) open++;
    else if (c === 0x29) open--;
  }
  if (open < 0 && s.charCodeAt(p.start - 1) === 0x28) p.start--;
  if (open > 0 && s.charCodeAt(p.end) === 0x29) p.end++;
  if (s.charCodeAt(p.end) === 0x2e) p.end++;
}

/**
 * The accepted spelling with the same letters as `written`, when that is certain: the record's country
 * chose the form, or no other candidate form would spell those letters differently ("A.S." is Czech
 * "a.s." or Turkish "A.Ş." — left alone without a country).
 */
function respell(
  written: string,
  entry: FormEntry,
  byCountry: boolean,
  others: readonly FormEntry[],
): string {
  const form = entry.form;
  if (form.displays.includes(written) || others.some((e) => e.form.displays.includes(written)))
    return written;
  if (!entry.respell) return written;
  const lk = letterKey(written);
  const folded = foldLetters(lk);
  let i = form.displayKeys.indexOf(lk);
  if (i < 0 && lk.length >= 3) i = form.displayFolded.indexOf(folded);
  const target = i >= 0 ? form.displays[i] : undefined;
  if (target === undefined) return written;
  if (!byCountry && others.some((e) => conflicts(e.form, folded, target))) return written;
  return target;
}

function conflicts(form: LegalForm, folded: string, target: string): boolean {
  const i = form.displayFolded.indexOf(folded);
  return i >= 0 && form.displays[i] !== target;
}

function detectCjk(s: string, country: string | undefined): LegalFormMatch | undefined {
  const last = s.charCodeAt(s.length - 1);
  const first = s.charCodeAt(0);
  const tailCandidate = last >= CJK_EDGE || s.endsWith(')');
  const headCandidate = first >= CJK_EDGE || s.startsWith('(');
  if (!tailCandidate && !headCandidate) return undefined;
  for (const { text, form } of CJK_FORMS) {
    let start = -1;
    if (tailCandidate && s.endsWith(text) && s.length > text.length) start = s.length - text.length;
    else if (headCandidate && s.startsWith(text) && s.length > text.length) start = 0;
    if (start < 0) continue;
    const rest = start === 0 ? s.slice(text.length) : s.slice(0, start);
    if (rest.trim() === '') continue;
    const only = form.countries.length === 1 ? form.countries[0] : undefined;
    return {
      legalForm: form.canonical,
      country: isIn(form, country) ? country : only,
      countries: form.countries,
      name: form.name,
      position: start === 0 ? 'prefix' : 'suffix',
      start,
      end: start + text.length,
      written: text,
      display: text,
    };
  }
  return undefined;
}

/** True when the whole value is a legal form and nothing else ("Inc.", "GmbH", "ООО"). */
export function isOnlyLegalForm(name: string): boolean {
  if (name.length > 40) return false;
  if (CJK_FORMS.some((c) => c.text === name)) return true;
  let node: StemNode | undefined = SUFFIX_TRIE;
  for (let i = tokenize(name) - 1; i >= 0 && node !== undefined; i--) node = node.next.get(keyAt(i));
  const entries = node === SUFFIX_TRIE ? undefined : node?.entries;
  // Two-letter forms alone ("AG", "SA", "AB") are as likely an acronym name.
  return (
    entries?.some((e) => e.form.curated && !e.local && !e.form.local && letterKey(name).length >= 3) ?? false
  );
}
