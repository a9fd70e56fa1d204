/**
 * Generated title families for department words flagged `family`: Vice President of X (VP X),
 * Senior / Executive VP of X (SVP X, EVP X), Head of X, X Director (Director of X, Dir. X),
 * X Manager (X Mgr). Canonical style: "Vice President of Sales", "Head of Sales", "Sales Director",
 * "Sales Manager" — the forms most CRMs and the non-English equivalents (obchodní ředitel,
 * directeur commercial) translate to.
 */
import type { DepartmentSpec, TitleSpec } from './titles.data.ts';
import type { Seniority } from './types.ts';

interface Family {
  seniority: Seniority;
  title: (name: string) => string;
  forms: readonly ((name: string) => string)[];
  abbr: readonly ((name: string) => string)[];
}

const FAMILIES: readonly Family[] = [
  {
    seniority: 'vp',
    title: (n) => `Vice President of ${n}`,
    forms: [],
    abbr: [(n) => `VP ${n}`],
  },
  {
    seniority: 'vp',
    title: (n) => `Senior Vice President of ${n}`,
    forms: [],
    abbr: [(n) => `SVP ${n}`, (n) => `Sr VP ${n}`, (n) => `Senior VP ${n}`],
  },
  {
    seniority: 'vp',
    title: (n) => `Executive Vice President of ${n}`,
    forms: [],
    abbr: [(n) => `EVP ${n}`, (n) => `Executive VP ${n}`],
  },
  { seniority: 'head', title: (n) => `Head of ${n}`, forms: [(n) => `${n} Head`], abbr: [] },
  {
    seniority: 'director',
    title: (n) => `${n} Director`,
    forms: [(n) => `Director of ${n}`],
    abbr: [(n) => `Dir ${n}`, (n) => `${n} Dir`],
  },
  {
    seniority: 'manager',
    title: (n) => `${n} Manager`,
    forms: [(n) => `Manager of ${n}`],
    abbr: [(n) => `${n} Mgr`, (n) => `Mgr ${n}`],
  },
];

/** Titles generated for one department word; its `forms` spell the department differently. */
export function familyTitles(spec: DepartmentSpec): TitleSpec[] {
  const names = [spec.label, ...(spec.forms ?? [])];
  const abbrNames = [...(spec.abbr ?? []), ...(spec.familyAbbr ?? [])];
  return FAMILIES.map((family) => ({
    title: family.title(spec.label),
    seniority: family.seniority,
    department: spec.department,
    forms: [...names.slice(1).map(family.title), ...names.flatMap((n) => family.forms.map((f) => f(n)))],
    abbr: [
      ...names.flatMap((n) => family.abbr.map((f) => f(n))),
      ...abbrNames.flatMap((n) => [
        family.title(n),
        ...family.forms.map((f) => f(n)),
        ...family.abbr.map((f) => f(n)),
      ]),
    ],
  }));
}
