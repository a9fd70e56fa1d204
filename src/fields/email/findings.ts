import type { Finding, Severity } from '../types.ts';

/** Every finding code the email module emits. */
export type EmailFindingCode =
  | 'email.placeholder'
  | 'email.multiple'
  | 'email.syntax_invalid'
  | 'email.syntax_unusual'
  | 'email.unknown_tld'
  | 'email.dotless_domain'
  | 'email.typo_domain'
  | 'email.typo_fixed'
  | 'email.test'
  | 'email.disposable'
  | 'email.role'
  | 'email.free_provider';

export const EMAIL_SEVERITY: Readonly<Record<EmailFindingCode, Severity>> = {
  'email.placeholder': 'error',
  'email.multiple': 'error',
  'email.syntax_invalid': 'error',
  'email.syntax_unusual': 'warning',
  'email.unknown_tld': 'error',
  'email.dotless_domain': 'warning',
  'email.typo_domain': 'warning',
  'email.typo_fixed': 'info',
  'email.test': 'error',
  'email.disposable': 'warning',
  'email.role': 'warning',
  'email.free_provider': 'info',
};

export interface EmailFinding extends Finding {
  code: EmailFindingCode;
}

export function emailFinding(
  field: string,
  code: EmailFindingCode,
  message: string,
  suggestion?: string | null,
): EmailFinding {
  const finding: EmailFinding = { code, field, severity: EMAIL_SEVERITY[code], message };
  if (suggestion) finding.suggestion = suggestion;
  return finding;
}
