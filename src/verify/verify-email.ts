import type { EmailAnalyzer } from '../fields/email/index.ts';
import { analyzeEmail } from '../fields/email/index.ts';
import type { MailHost } from './mail-host.ts';
import { findMailHost } from './mail-host.ts';
import type { MxResolver } from './mx-resolver.ts';
import type { PolicyRow, Recommendation, VerifyReasonCode, VerifyStatus } from './policy.ts';
import { applyPolicy } from './policy.ts';

export interface VerifyResult {
  input: string;
  normalized: string;
  status: VerifyStatus;
  /** Finding and reason codes behind the status, in the order found. */
  reasons: string[];
  suggestion: string | null;
  recommendation: Recommendation;
}

export interface VerifyOptions {
  /** Look up MX records through this port; offline when omitted. */
  resolver?: MxResolver;
  /** The email analyzer to use (e.g. one built with an allow-list); the default one when omitted. */
  analyzer?: EmailAnalyzer;
}

const CONTEXT = { field: 'email' };
const OFFLINE: PolicyRow = { status: 'unknown', recommendation: 'keep' };
const HAS_MX: PolicyRow = { status: 'deliverable', recommendation: 'keep' };

/** Verify from the value alone: syntax, domain lists, typos. Never `deliverable` (see policy.ts). */
export function verifyEmailOffline(input: string, analyzer: EmailAnalyzer = analyzeEmail): VerifyResult {
  const analysis = analyzer(input, CONTEXT);
  const reasons: string[] = analysis.findings.map((f) => f.code);
  if (analysis.verdict === 'empty') reasons.push('verify.empty' satisfies VerifyReasonCode);
  const suggestion = analysis.findings.find((f) => f.suggestion)?.suggestion ?? null;
  return result(input, analysis.normalized, OFFLINE, reasons, suggestion);
}

/** Offline checks, then — when they leave the address worth it — the domain's mail host in the DNS. */
export async function verifyEmail(input: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const offline = verifyEmailOffline(input, options.analyzer);
  if (!options.resolver || offline.recommendation === 'remove' || offline.status === 'undeliverable') {
    return offline;
  }
  const domain = offline.normalized.slice(offline.normalized.lastIndexOf('@') + 1).toLowerCase();
  if (domain === '' || domain.startsWith('[')) return offline;
  const host = await findMailHost(options.resolver, domain);
  const reason = REASON_OF[host.kind];
  const reasons = reason ? [...offline.reasons, reason] : offline.reasons;
  return result(
    input,
    offline.normalized,
    host.kind === 'mx' ? HAS_MX : OFFLINE,
    reasons,
    offline.suggestion,
  );
}

const REASON_OF: Readonly<Record<MailHost['kind'], VerifyReasonCode | null>> = {
  mx: null,
  implicit: 'verify.implicit_mx',
  'null-mx': 'verify.null_mx',
  'no-domain': 'verify.no_domain',
  'no-host': 'verify.no_mail_host',
  unknown: 'verify.dns_unknown',
};

function result(
  input: string,
  normalized: string,
  base: PolicyRow,
  reasons: string[],
  suggestion: string | null,
): VerifyResult {
  const { status, recommendation } = applyPolicy(base, reasons, suggestion !== null);
  return { input, normalized, status, reasons, suggestion, recommendation };
}
