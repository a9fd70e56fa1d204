/**
 * How evidence turns into a verification status and a recommendation. One row per reason code; a
 * result takes the worst status and the strongest recommendation of its reasons.
 *
 * Without DNS a clean address is `unknown`, not `deliverable`: its syntax and domain say nothing about
 * whether the mailbox exists, and calling it deliverable would overclaim. With DNS, a domain with MX
 * hosts makes it `deliverable` (the mailbox itself is never probed). An address that would be removed
 * but has a suggestion (a repair or typo fix) is quarantined for a person to accept the fix instead.
 */

export type VerifyStatus = 'deliverable' | 'risky' | 'undeliverable' | 'unknown';
export type Recommendation = 'keep' | 'quarantine' | 'remove';

/** Reason codes verification adds to the email module's finding codes. */
export type VerifyReasonCode =
  | 'verify.empty'
  | 'verify.no_domain'
  | 'verify.null_mx'
  | 'verify.no_mail_host'
  | 'verify.implicit_mx'
  | 'verify.dns_unknown';

export interface PolicyRow {
  status: VerifyStatus;
  recommendation: Recommendation;
}

const row = (status: VerifyStatus, recommendation: Recommendation): PolicyRow => ({ status, recommendation });

/** `null`: notable, but no effect on status or recommendation. */
export const VERIFY_POLICY: Readonly<Record<string, PolicyRow | null>> = {
  // Offline evidence: finding codes of src/fields/email.
  'email.placeholder': row('undeliverable', 'remove'),
  'email.syntax_invalid': row('undeliverable', 'remove'),
  'email.unknown_tld': row('undeliverable', 'remove'),
  'email.test': row('undeliverable', 'remove'),
  // Two addresses in one field: each may work, the value as a whole cannot; a person splits it.
  'email.multiple': row('undeliverable', 'quarantine'),
  // Throwaway mailboxes accept mail for minutes to days; the contact is gone after that.
  'email.disposable': row('risky', 'remove'),
  'email.syntax_unusual': row('risky', 'quarantine'),
  'email.typo_domain': row('risky', 'quarantine'),
  'email.dotless_domain': row('risky', 'quarantine'),
  'email.role': row('risky', 'quarantine'),
  // Information only: the fix is already in `normalized`; a free provider is not a defect.
  'email.typo_fixed': null,
  'email.free_provider': null,
  // DNS evidence.
  'verify.empty': row('unknown', 'keep'),
  'verify.no_domain': row('undeliverable', 'remove'),
  'verify.null_mx': row('undeliverable', 'remove'),
  'verify.no_mail_host': row('undeliverable', 'remove'),
  // Legal (RFC 5321 §5.1) but rare for domains that really take mail.
  'verify.implicit_mx': row('risky', 'keep'),
  'verify.dns_unknown': row('unknown', 'keep'),
};

const STATUS_RANK: Readonly<Record<VerifyStatus, number>> = {
  deliverable: 0,
  unknown: 1,
  risky: 2,
  undeliverable: 3,
};
const ACTION_RANK: Readonly<Record<Recommendation, number>> = { keep: 0, quarantine: 1, remove: 2 };

/** Fold reasons into a status and recommendation, starting from `base`. Unknown codes count as nothing. */
export function applyPolicy(base: PolicyRow, reasons: readonly string[], hasSuggestion: boolean): PolicyRow {
  let { status, recommendation } = base;
  for (const reason of reasons) {
    const rule = VERIFY_POLICY[reason];
    if (!rule) continue;
    if (STATUS_RANK[rule.status] > STATUS_RANK[status]) status = rule.status;
    if (ACTION_RANK[rule.recommendation] > ACTION_RANK[recommendation]) recommendation = rule.recommendation;
  }
  if (hasSuggestion && recommendation === 'remove') recommendation = 'quarantine';
  return { status, recommendation };
}
