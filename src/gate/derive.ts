/**
 * Derivations: values an automation can fill from another field, each from the facts the field's
 * module learned. A derivation gives nothing rather than a guess: no domain from a free or disposable
 * address, no country from a national number (its country came from the record, not the number).
 */

import { registrableDomain } from '../fields/website/index.ts';
import type { Derivation } from '../rules/config/index.ts';
import type { AnyAnalysis } from './types.ts';

export interface Derived {
  value: string;
  /** 0–1, recorded on the change. */
  confidence: number;
}

// A work address's domain is the company's website more often than not, not always (agencies,
// group domains); a number's country is where the line is, not always where the person is.
const DOMAIN_CONFIDENCE = 0.9;
const PHONE_COUNTRY_CONFIDENCE = 0.9;

export function derive(derivation: Derivation, analysis: AnyAnalysis | undefined): Derived | undefined {
  if (!analysis || analysis.verdict === 'invalid') return undefined;
  const facts = analysis.facts as Record<string, unknown>;
  switch (derivation) {
    case 'company_domain_from_email': {
      const domain = facts.domain;
      if (typeof domain !== 'string' || domain === '' || facts.free || facts.disposable) return undefined;
      if (analysis.findings.some((f) => f.code === 'email.test' || f.code === 'email.placeholder'))
        return undefined;
      return { value: registrableDomain(domain), confidence: DOMAIN_CONFIDENCE };
    }
    case 'country_from_phone': {
      const international = /^\s*(?:\+|00)/.test(analysis.input);
      return international && typeof facts.region === 'string'
        ? { value: facts.region, confidence: PHONE_COUNTRY_CONFIDENCE }
        : undefined;
    }
    // The title dictionary's own confidence: 1 for an exact title, less for one composed from words.
    case 'seniority_from_title':
      return typeof facts.seniority === 'string'
        ? { value: facts.seniority, confidence: titleConfidence(facts) }
        : undefined;
    case 'department_from_title':
      return typeof facts.department === 'string'
        ? { value: facts.department, confidence: titleConfidence(facts) }
        : undefined;
  }
}

function titleConfidence(facts: Record<string, unknown>): number {
  return typeof facts.confidence === 'number' ? facts.confidence : 1;
}
