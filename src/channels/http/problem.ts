/**
 * One error format for the whole API: RFC 9457 problem details (`application/problem+json`), with the
 * fields and findings a client needs to correct its request.
 */

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Per-field problems: a wrong type, an unknown field, a finding of the gate. */
  errors?: { field: string; code: string; message: string }[];
  [extra: string]: unknown;
}

const BASE = 'https://kempt.dev/problems/';

export function problem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  more: Partial<Problem> = {},
): Problem {
  return { type: `${BASE}${slug}`, title, status, detail, ...more };
}
