/** Vocabulary of the job-title module. */

export const SENIORITIES = [
  'c_level',
  'vp',
  'director',
  'head',
  'manager',
  'senior',
  'individual',
  'entry',
  'owner',
  'board',
] as const;

export type Seniority = (typeof SENIORITIES)[number];

/**
 * Order used when a title names several roles ("Founder & CEO"): the highest rank wins.
 * Owners and boards sit above C-level because they appoint it; `head` sits below `director`
 * as in the requested level list.
 */
export const SENIORITY_RANK: Readonly<Record<Seniority, number>> = {
  entry: 0,
  individual: 1,
  senior: 2,
  manager: 3,
  head: 4,
  director: 5,
  vp: 6,
  c_level: 7,
  board: 8,
  owner: 9,
};

export const DEPARTMENTS = [
  'executive',
  'marketing',
  'sales',
  'engineering',
  'product',
  'it',
  'finance',
  'hr',
  'operations',
  'legal',
  'customer_success',
  'support',
  'design',
  'data',
  'procurement',
  'administration',
  'research',
  'education',
  'healthcare',
  'consulting',
  'other',
] as const;

export type Department = (typeof DEPARTMENTS)[number];

/** What a job title means, independent of how it is written. */
export interface TitleClass {
  /** English canonical title, e.g. "Chief Marketing Officer" for "CMO" or "Geschäftsführer". */
  canonical?: string;
  seniority?: Seniority;
  department?: Department;
  /** 1 = exact dictionary hit, lower when composed from words or partly unrecognised, 0 = nothing known. */
  confidence: number;
  /** Readings of an ambiguous abbreviation ("PM": Product Manager, Project Manager). */
  alternatives?: readonly string[];
}

export type JobTitleFacts = TitleClass;

export type JobTitleFindingCode =
  | 'job_title.placeholder'
  | 'job_title.unknown'
  | 'job_title.ambiguous'
  | 'job_title.not_a_title';

export interface JobTitleOptions {
  /** Rewrite a whole-value English abbreviation to its title ("CMO" → "Chief Marketing Officer"). Default true. */
  expandAbbreviations?: boolean;
  /** Re-case ALL-CAPS / all-lower recognised titles, keeping acronyms. Default true. */
  fixCasing?: boolean;
}
