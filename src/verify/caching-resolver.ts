import type { MxResolver } from './mx-resolver.ts';
import { dnsFailureOf } from './mx-resolver.ts';

export interface CachingResolverOptions {
  /** How long an answer is kept. Default 1 hour. */
  ttlMs?: number;
  /** How long "no such domain" / "no such records" is kept (RFC 2308 negative caching). Default 15 minutes. */
  negativeTtlMs?: number;
  /**
   * How long a timeout or SERVFAIL is kept. Short, but not zero: a bulk run over thousands of addresses
   * at one broken domain would otherwise wait out the timeout for each. Default 1 minute.
   */
  transientTtlMs?: number;
  /** Entries kept; the least recently used goes first. Default 10,000. */
  maxEntries?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

export interface CachingResolver extends MxResolver {
  readonly size: number;
  clear(): void;
}

interface Entry {
  expires: number;
  ok: boolean;
  value: unknown;
}

/** Wrap a resolver with a TTL cache, negative caching and de-duplication of identical lookups in flight. */
export function cachingResolver(inner: MxResolver, options: CachingResolverOptions = {}): CachingResolver {
  const ttl = options.ttlMs ?? 3_600_000;
  const negativeTtl = options.negativeTtlMs ?? 900_000;
  const transientTtl = options.transientTtlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<unknown>>();

  function store(key: string, entry: Entry): void {
    if (entry.expires <= now()) return;
    cache.delete(key);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }

  function lookup<T>(kind: string, domain: string, load: (domain: string) => Promise<T>): Promise<T> {
    const key = `${kind} ${domain.toLowerCase()}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      if (hit.expires > now()) {
        cache.set(key, hit);
        return (hit.ok ? Promise.resolve(hit.value) : Promise.reject(hit.value)) as Promise<T>;
      }
    }
    const pending = inFlight.get(key);
    if (pending !== undefined) return pending as Promise<T>;
    const loading = load(domain).then(
      (value) => {
        store(key, { expires: now() + ttl, ok: true, value });
        return value;
      },
      (error: unknown) => {
        const keep = dnsFailureOf(error) === 'transient' ? transientTtl : negativeTtl;
        store(key, { expires: now() + keep, ok: false, value: error });
        throw error;
      },
    );
    inFlight.set(key, loading);
    const forget = () => inFlight.delete(key);
    loading.then(forget, forget);
    return loading;
  }

  return {
    resolveMx: (domain) => lookup('mx', domain, (d) => inner.resolveMx(d)),
    resolve4: (domain) => lookup('a', domain, (d) => inner.resolve4(d)),
    resolve6: (domain) => lookup('aaaa', domain, (d) => inner.resolve6(d)),
    get size() {
      return cache.size;
    },
    clear() {
      cache.clear();
    },
  };
}
