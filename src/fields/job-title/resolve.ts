/**
 * From tokens to meaning. Exact phrase first (greedy, longest phrase wins), then composition:
 * - seniority = the highest-ranked role; a modifier only moves an individual contributor
 *   ("Senior Engineer" → senior, "Senior Marketing Manager" → manager, "Junior Developer" → entry,
 *   "Chief Accountant" → head); "Chief … Officer" is C-level;
 * - department = the first department word or full title's department, else a bare role's
 *   ("Sales Engineer" → sales, "Engineer" → engineering), `executive` only when nothing else;
 * - canonical = composed English label when the title is one role plus at most one department and
 *   one modifier, with every token recognised.
 */
import { type Entry, isPhrasePrefix, lookupPhrase, rankOf, splitCompound } from './lexicon.ts';
import type { TitleTokens } from './tokenize.ts';
import type { Department, Seniority, TitleClass } from './types.ts';

export interface Resolution extends TitleClass {
  /** Whole value is a certain English abbreviation: its full title. */
  expand?: string;
  /** Data spelling of a whole-value match. */
  display?: string;
  sentence: boolean;
}

interface Scan {
  hits: Entry[];
  known: number;
  total: number;
}

const NOTHING: Resolution = { confidence: 0, sentence: false };

/** The public facts of a resolution, without undefined keys. */
export function classOf(r: Resolution | undefined): TitleClass {
  if (r === undefined) return { confidence: 0 };
  const out: TitleClass = { confidence: r.confidence };
  if (r.canonical !== undefined) out.canonical = r.canonical;
  if (r.seniority !== undefined) out.seniority = r.seniority;
  if (r.department !== undefined) out.department = r.department;
  if (r.alternatives !== undefined) out.alternatives = r.alternatives;
  return out;
}

/** A truncated title ("EA to CEO") is never an exact match: expanding it would drop the tail. */
export function resolveTokens({ tokens, truncated }: TitleTokens): Resolution {
  const scan = scanTokens(tokens);
  const { hits } = scan;
  if (hits.length === 0) return NOTHING;
  const only = hits[0]!;
  if (hits.length === 1 && scan.known === scan.total && !truncated) {
    if (only.kind === 'role') return exact(only);
    if (only.kind === 'ambiguous') return exactAmbiguous(only);
  }
  return compose(scan);
}

/** Greedy: at each position the longest key wins, extended token by token while a key continues. */
function scanTokens(tokens: readonly string[]): Scan {
  const hits: Entry[] = [];
  let known = 0;
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    let entry = lookupPhrase(first);
    let span = 1;
    let key = first;
    for (let j = i + 1; j < tokens.length && isPhrasePrefix(key); j++) {
      key += ` ${tokens[j]}`;
      const longer = lookupPhrase(key);
      if (longer) {
        entry = longer;
        span = j - i + 1;
      }
    }
    if (entry) {
      hits.push(entry);
      known += span;
    } else {
      const parts = splitCompound(first);
      if (parts) {
        hits.push(parts[0], parts[1]);
        known++;
      }
    }
    i += span;
  }
  return { hits, known, total: tokens.length };
}

function exact(entry: Entry): Resolution {
  return {
    canonical: entry.label,
    seniority: entry.seniority,
    department: entry.department,
    confidence: 1,
    expand: entry.expand,
    display: entry.display,
    sentence: entry.sentence,
  };
}

function exactAmbiguous(entry: Entry): Resolution {
  const alternatives = entry.choices!.map((c) => c.label);
  const pick = entry.preferred === undefined ? undefined : entry.choices![entry.preferred];
  const base = pick ?? entry.fallback!;
  return {
    canonical: pick?.label,
    seniority: base.seniority,
    department: base.department,
    confidence: pick ? 0.6 : 0.4,
    alternatives,
    display: entry.display,
    sentence: false,
  };
}

/** Department named by the other words, used to pick the reading of an ambiguous abbreviation. */
function contextDepartment(hits: readonly Entry[]): Department | undefined {
  for (const h of hits)
    if (h.kind === 'dept' || (h.kind === 'role' && h.department !== 'executive')) {
      if (h.department) return h.department;
    }
  return undefined;
}

function chooseReading(entry: Entry, context: Department | undefined): { role: Entry; open: boolean } {
  const choices = entry.choices!;
  if (context) {
    const index = entry.contexts!.findIndex((c) => c.includes(context));
    if (index >= 0) return { role: choices[index]!, open: false };
  }
  const preferred = entry.preferred === undefined ? undefined : choices[entry.preferred];
  return { role: preferred ?? entry.fallback!, open: true };
}

interface Parts {
  roles: Entry[];
  depts: Entry[];
  mods: Entry[];
  alternatives?: readonly string[];
}

function sortHits(hits: readonly Entry[]): Parts {
  const parts: Parts = { roles: [], depts: [], mods: [] };
  const context = hits.some((h) => h.kind === 'ambiguous') ? contextDepartment(hits) : undefined;
  for (const h of hits) {
    if (h.kind === 'role') parts.roles.push(h);
    else if (h.kind === 'dept') parts.depts.push(h);
    else if (h.kind === 'mod') parts.mods.push(h);
    else if (h.kind === 'ambiguous') {
      const { role, open } = chooseReading(h, context);
      parts.roles.push(role);
      if (open) parts.alternatives = h.choices!.map((c) => c.label);
    }
  }
  return parts;
}

function compose(scan: Scan): Resolution {
  const parts = sortHits(scan.hits);
  const seniority = seniorityOf(parts);
  const department = departmentOf(scan.hits, parts);
  const coverage = scan.known / scan.total;
  let score = (seniority ? 0.45 : 0) + (department ? 0.45 : 0);
  if (parts.alternatives) score *= 0.7;
  return {
    canonical: scan.known === scan.total ? canonicalOf(parts) : undefined,
    seniority,
    department,
    confidence: Math.round(score * coverage * 100) / 100,
    alternatives: parts.alternatives,
    sentence: scan.hits.some((h) => h.sentence),
  };
}

function hasEffect(mods: readonly Entry[], effect: string): boolean {
  return mods.some((m) => m.effect === effect);
}

function seniorityOf({ roles, mods }: Parts): Seniority | undefined {
  const chief = hasEffect(mods, 'chief');
  if (chief && roles.some((r) => r.label === 'Officer')) return 'c_level';
  let best: Seniority | undefined;
  for (const r of roles) if (rankOf(r.seniority) > rankOf(best)) best = r.seniority;
  const entry = hasEffect(mods, 'entry') || roles.some((r) => r.seniority === 'entry');
  if (best === 'individual') {
    if (entry) return 'entry';
    if (chief) return 'head';
    if (hasEffect(mods, 'senior')) return 'senior';
    return best;
  }
  if (best !== undefined || roles.length > 0) return best;
  if (chief) return 'c_level';
  if (hasEffect(mods, 'senior')) return 'senior';
  return entry ? 'entry' : undefined;
}

function departmentOf(hits: readonly Entry[], { roles }: Parts): Department | undefined {
  for (const h of hits) {
    if (h.kind === 'dept' || (h.kind === 'role' && h.complete)) {
      if (h.department && h.department !== 'executive') return h.department;
    }
  }
  let executive = false;
  for (const r of roles) {
    if (r.department === 'executive') executive = true;
    else if (r.department) return r.department;
  }
  return executive ? 'executive' : undefined;
}

function canonicalOf({ roles, depts, mods, alternatives }: Parts): string | undefined {
  const role = roles[0];
  if (roles.length !== 1 || !role || role.label === '' || alternatives || mods.length > 1) return undefined;
  const dept = depts[0];
  const mod = mods[0];
  if (depts.length > 1 || (dept && role.complete)) return undefined;
  if (mod?.effect === 'chief' && role.label === 'Officer')
    return dept ? `Chief ${dept.label} Officer` : undefined;
  const name = role.join ?? role.label;
  const base = !dept ? role.label : role.of ? `${name} of ${dept.label}` : `${dept.label} ${name}`;
  return mod ? `${mod.label} ${base}` : base;
}
