/**
 * The DNS port of verification. Adapters reject like `node:dns`: an Error whose `code` is `ENOTFOUND`
 * when the name does not exist (NXDOMAIN), `ENODATA` when it exists without records of the asked type,
 * anything else (`ETIMEOUT`, `ESERVFAIL`, `ECONNREFUSED`…) when the answer could not be had.
 */
export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface MxResolver {
  resolveMx(domain: string): Promise<MxRecord[]>;
  resolve4(domain: string): Promise<string[]>;
  resolve6(domain: string): Promise<string[]>;
}

/** What a failed lookup says about the name: it does not exist, it has no such records, or nothing. */
export type DnsFailure = 'nxdomain' | 'nodata' | 'transient';

export function dnsFailureOf(error: unknown): DnsFailure {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOTFOUND') return 'nxdomain';
  if (code === 'ENODATA') return 'nodata';
  return 'transient';
}

/** An error shaped like the ones `node:dns` rejects with, for adapters and tests. */
export function dnsError(code: string, syscall: string, hostname: string): Error & { code: string } {
  return Object.assign(new Error(`${syscall} ${code} ${hostname}`), { code, syscall, hostname });
}
