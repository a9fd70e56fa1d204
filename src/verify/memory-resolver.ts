import type { MxRecord, MxResolver } from './mx-resolver.ts';
import { dnsError } from './mx-resolver.ts';

/** Records of one name; a string is the error code the lookup rejects with (`'ETIMEOUT'`). */
export interface MemoryZone {
  mx?: MxRecord[] | string;
  a?: string[] | string;
  aaaa?: string[] | string;
}

export interface MemoryResolver extends MxResolver {
  /** Every lookup made, in order: `mx example.com`. */
  readonly calls: string[];
}

/**
 * An in-memory adapter for tests and dry runs. Names not in `zones` are NXDOMAIN; a name without a
 * record type answers ENODATA for it. `delayMs` makes every answer arrive later (in-flight tests).
 */
export function memoryResolver(zones: Readonly<Record<string, MemoryZone>>, delayMs = 0): MemoryResolver {
  const calls: string[] = [];
  async function answer<T>(kind: 'mx' | 'a' | 'aaaa', syscall: string, domain: string): Promise<T> {
    calls.push(`${kind} ${domain}`);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const zone = zones[domain.toLowerCase()];
    if (zone === undefined) throw dnsError('ENOTFOUND', syscall, domain);
    const records = zone[kind];
    if (records === undefined) throw dnsError('ENODATA', syscall, domain);
    if (typeof records === 'string') throw dnsError(records, syscall, domain);
    return structuredClone(records) as T;
  }
  return {
    calls,
    resolveMx: (domain) => answer('mx', 'queryMx', domain),
    resolve4: (domain) => answer('a', 'queryA', domain),
    resolve6: (domain) => answer('aaaa', 'queryAaaa', domain),
  };
}
