import { describe, expect, it } from 'vitest';
import { cachingResolver } from './caching-resolver.ts';
import { memoryResolver } from './memory-resolver.ts';

const ZONES = {
  'acme.com': { mx: [{ exchange: 'mx.acme.com', priority: 10 }], a: ['192.0.2.1'] },
  'slow.com': { mx: 'ETIMEOUT' },
  'b.com': { mx: [{ exchange: 'mx.b.com', priority: 1 }] },
  'c.com': { mx: [{ exchange: 'mx.c.com', priority: 1 }] },
};

function setup(options: Parameters<typeof cachingResolver>[1] = {}, delayMs = 0) {
  let time = 1_000_000;
  const inner = memoryResolver(ZONES, delayMs);
  const cache = cachingResolver(inner, { now: () => time, ...options });
  return { inner, cache, advance: (ms: number) => (time += ms) };
}

describe('cachingResolver', () => {
  it('answers a repeated lookup from the cache, whatever the case of the name', async () => {
    const { inner, cache } = setup();
    expect(await cache.resolveMx('acme.com')).toEqual([{ exchange: 'mx.acme.com', priority: 10 }]);
    expect(await cache.resolveMx('ACME.com')).toEqual([{ exchange: 'mx.acme.com', priority: 10 }]);
    expect(await cache.resolve4('acme.com')).toEqual(['192.0.2.1']);
    expect(inner.calls).toEqual(['mx acme.com', 'a acme.com']);
  });

  it('asks again once the TTL has passed', async () => {
    const { inner, cache, advance } = setup({ ttlMs: 1000 });
    await cache.resolveMx('acme.com');
    advance(999);
    await cache.resolveMx('acme.com');
    advance(2);
    await cache.resolveMx('acme.com');
    expect(inner.calls).toHaveLength(2);
  });

  it.each([
    ['NXDOMAIN', 'gone.com', 'resolveMx', 'ENOTFOUND', { negativeTtlMs: 500 }, 500],
    ['NODATA', 'b.com', 'resolve4', 'ENODATA', { negativeTtlMs: 500 }, 500],
    ['a timeout', 'slow.com', 'resolveMx', 'ETIMEOUT', { transientTtlMs: 50 }, 50],
  ] as const)('keeps %s for its own TTL', async (_what, domain, method, code, options, ttl) => {
    const { inner, cache, advance } = setup(options);
    await expect(cache[method](domain)).rejects.toMatchObject({ code });
    await expect(cache[method](domain)).rejects.toMatchObject({ code });
    expect(inner.calls).toHaveLength(1);
    advance(ttl + 1);
    await expect(cache[method](domain)).rejects.toMatchObject({ code });
    expect(inner.calls).toHaveLength(2);
  });

  it('does not keep a failure when its TTL is zero', async () => {
    const { inner, cache } = setup({ transientTtlMs: 0 });
    await expect(cache.resolveMx('slow.com')).rejects.toThrow();
    await expect(cache.resolveMx('slow.com')).rejects.toThrow();
    expect(inner.calls).toHaveLength(2);
  });

  it('shares one lookup among concurrent callers, answer or failure', async () => {
    const { inner, cache } = setup({}, 20);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => cache.resolveMx('acme.com')));
    expect(new Set(answers.map((a) => a[0]?.exchange))).toEqual(new Set(['mx.acme.com']));
    const failures = await Promise.allSettled([1, 2, 3].map(() => cache.resolveMx('gone.com')));
    expect(failures.map((f) => f.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(inner.calls).toEqual(['mx acme.com', 'mx gone.com']);
  });

  it('drops the least recently used entry beyond maxEntries', async () => {
    const { inner, cache } = setup({ maxEntries: 2 });
    await cache.resolveMx('acme.com');
    await cache.resolveMx('b.com');
    await cache.resolveMx('acme.com');
    await cache.resolveMx('c.com');
    expect(cache.size).toBe(2);
    await cache.resolveMx('acme.com');
    await cache.resolveMx('b.com');
    expect(inner.calls).toEqual(['mx acme.com', 'mx b.com', 'mx c.com', 'mx b.com']);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
