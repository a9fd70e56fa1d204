/**
 * Derivations: values an automation can fill from another field, each from the facts the field's
 * module learned. A derivation gives nothing rather than a guess: no domain from a free or disposable
 * address, no country from a national number (its country came from the record, not the number).
 */

import { registrableDomain } from '../fields/website/index.ts';
import type { Derivation } from '../rules/config/index.ts';
import type { AnyAnalysis } from './types.ts';

export function derive(derivation: Derivation, analysis: AnyAnalysis | undefined): string | undefined {
  if (!analysis || analysis.verdict === 'invalid') return undefined;
  const facts = analysis.facts as Record<string, unknown>;
  switch (derivation) {
    case 'company_domain_from_email': {
      const domain = facts.domain;
      if (typeof domain !== 'string' || domain === '' || facts.free || facts.disposable) return undefined;
      if (analysis.findings.some((f) => f.code === 'email.test' || f.code === 'email.placeholder'))
        return undefined;
      return registrableDomain(domain);
    }
    case 'country_from_phone': {
      const international = /^\s*(?:\+|00)/.test(analysis.input);
      return international && typeof facts.region === 'string' ? facts.region : undefined;
    }
    case 'seniority_from_title':
      return typeof facts.seniority === 'string' ? facts.seniority : undefined;
    case 'department_from_title':
      return typeof facts.department === 'string' ? facts.department : undefined;
  }
}
