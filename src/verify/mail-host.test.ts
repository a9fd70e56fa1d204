import { describe, expect, it } from 'vitest';
import type { MailHost } from './mail-host.ts';
import { findMailHost } from './mail-host.ts';
import { memoryResolver } from './memory-resolver.ts';

const resolver = memoryResolver({
  'acme.com': {
    mx: [
      { exchange: 'mx2.acme.com', priority: 20 },
      { exchange: 'mx1.acme.com', priority: 10 },
    ],
  },
  'null.com': { mx: [{ exchange: '', priority: 0 }], a: ['192.0.2.1'] },
  'null-dot.com': { mx: [{ exchange: '.', priority: 0 }] },
  'mixed.com': {
    mx: [
      { exchange: '', priority: 0 },
      { exchange: 'mx.mixed.com', priority: 10 },
    ],
  },
  'a-only.com': { a: ['192.0.2.7'] },
  'aaaa-only.com': { aaaa: ['2001:db8::7'] },
  'bare.com': {},
  'slow.com': { mx: 'ETIMEOUT' },
  'broken.com': { mx: 'ESERVFAIL' },
  'half.com': { a: 'ETIMEOUT' },
});

describe('findMailHost', () => {
  it.each<[string, MailHost]>([
    ['acme.com', { kind: 'mx', hosts: ['mx1.acme.com', 'mx2.acme.com'] }],
    ['null.com', { kind: 'null-mx' }],
    ['null-dot.com', { kind: 'null-mx' }],
    ['mixed.com', { kind: 'mx', hosts: ['mx.mixed.com'] }],
    ['a-only.com', { kind: 'implicit', addresses: ['192.0.2.7'] }],
    ['aaaa-only.com', { kind: 'implicit', addresses: ['2001:db8::7'] }],
    ['gone.com', { kind: 'no-domain' }],
    ['bare.com', { kind: 'no-host' }],
    ['slow.com', { kind: 'unknown', reason: 'ETIMEOUT' }],
    ['broken.com', { kind: 'unknown', reason: 'ESERVFAIL' }],
    ['half.com', { kind: 'unknown', reason: 'ETIMEOUT' }],
  ])('%s → %j', async (domain, host) => {
    expect(await findMailHost(resolver, domain)).toEqual(host);
  });

  it('asks for A/AAAA only when there is no MX', async () => {
    const counting = memoryResolver({
      'acme.com': { mx: [{ exchange: 'mx.acme.com', priority: 5 }] },
      'a.com': { a: ['192.0.2.1'] },
    });
    await findMailHost(counting, 'acme.com');
    await findMailHost(counting, 'a.com');
    expect(counting.calls).toEqual(['mx acme.com', 'mx a.com', 'a a.com', 'aaaa a.com']);
  });

  it('turns a thrown non-DNS error into unknown', async () => {
    const failing = { ...resolver, resolveMx: () => Promise.reject(new Error('socket closed')) };
    expect(await findMailHost(failing, 'acme.com')).toEqual({
      kind: 'unknown',
      reason: 'Error: socket closed',
    });
  });
});
