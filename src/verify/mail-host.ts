import type { MxRecord, MxResolver } from './mx-resolver.ts';
import { dnsFailureOf } from './mx-resolver.ts';

/** Where mail for a domain goes, as far as the DNS says. */
export type MailHost =
  /** MX hosts, most preferred first. */
  | { kind: 'mx'; hosts: string[] }
  /** No MX but A/AAAA records: RFC 5321 §5.1 implicit MX, the domain itself is the mail host. */
  | { kind: 'implicit'; addresses: string[] }
  /** RFC 7505 null MX (`MX 0 .`): the domain says it accepts no mail. */
  | { kind: 'null-mx' }
  /** NXDOMAIN: the domain does not exist. */
  | { kind: 'no-domain' }
  /** The domain exists but has no MX, A or AAAA record. */
  | { kind: 'no-host' }
  /** Timeout, SERVFAIL, refused…: no conclusion. */
  | { kind: 'unknown'; reason: string };

export async function findMailHost(resolver: MxResolver, domain: string): Promise<MailHost> {
  let records: MxRecord[];
  try {
    records = await resolver.resolveMx(domain);
  } catch (error) {
    const failure = dnsFailureOf(error);
    if (failure === 'nxdomain') return { kind: 'no-domain' };
    if (failure === 'transient') return unknown(error);
    records = [];
  }
  return records.length > 0 ? fromMx(records) : implicitMx(resolver, domain);
}

function fromMx(records: readonly MxRecord[]): MailHost {
  // A null MX among real ones is a misconfiguration; the real ones still take mail.
  const real = records.filter((r) => r.exchange !== '' && r.exchange !== '.');
  if (real.length === 0) return { kind: 'null-mx' };
  return { kind: 'mx', hosts: real.toSorted((a, b) => a.priority - b.priority).map((r) => r.exchange) };
}

async function implicitMx(resolver: MxResolver, domain: string): Promise<MailHost> {
  const answers = await Promise.allSettled([resolver.resolve4(domain), resolver.resolve6(domain)]);
  const addresses = answers.flatMap((a) => (a.status === 'fulfilled' ? a.value : []));
  if (addresses.length > 0) return { kind: 'implicit', addresses };
  const errors = answers.map((a) => (a.status === 'rejected' ? a.reason : null));
  const transient = errors.find((e) => e !== null && dnsFailureOf(e) === 'transient');
  if (transient !== undefined) return unknown(transient);
  const gone = errors.every((e) => e !== null && dnsFailureOf(e) === 'nxdomain');
  return gone ? { kind: 'no-domain' } : { kind: 'no-host' };
}

function unknown(error: unknown): MailHost {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return { kind: 'unknown', reason: typeof code === 'string' ? code : String(error) };
}
