import { Resolver } from 'node:dns/promises';
import type { MxResolver } from './mx-resolver.ts';

export interface DnsResolverOptions {
  /** DNS servers (`'1.1.1.1'`, `'127.0.0.1:5353'`); the system's when omitted. */
  servers?: readonly string[];
  /** Per-try timeout. Default 5,000 ms. */
  timeoutMs?: number;
  /** Tries per server before giving up with ETIMEOUT. Default 2. */
  tries?: number;
}

/** The real adapter: c-ares through `node:dns/promises`, with its own timeout and server list. */
export function dnsResolver(options: DnsResolverOptions = {}): MxResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 5_000, tries: options.tries ?? 2 });
  if (options.servers && options.servers.length > 0) resolver.setServers([...options.servers]);
  return {
    // Node ≥ 22 adds `type: 'MX'` to each record; the port carries exchange and priority only.
    resolveMx: async (domain) =>
      (await resolver.resolveMx(domain)).map(({ exchange, priority }) => ({ exchange, priority })),
    resolve4: (domain) => resolver.resolve4(domain),
    resolve6: (domain) => resolver.resolve6(domain),
  };
}
