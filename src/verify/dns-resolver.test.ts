/**
 * The real adapter against a real DNS server: a tiny UDP responder on loopback that answers from a
 * fixed zone (RFC 1035 §4 message format), NXDOMAIN for other names, SERVFAIL or silence on request.
 */
import type { Socket } from 'node:dgram';
import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsResolver } from './dns-resolver.ts';
import { findMailHost } from './mail-host.ts';
import type { MxResolver } from './mx-resolver.ts';
import { verifyEmail } from './verify-email.ts';

const MX = 15;
const A = 1;
type Answer = { type: number; data: Buffer } | 'servfail' | 'silence';
const ZONE: Record<string, Answer[] | 'servfail' | 'silence'> = {
  'mx.kempt-dns-test.com': [mx(10, 'mail.kempt-dns-test.com'), mx(20, 'backup.kempt-dns-test.com')],
  'null.kempt-dns-test.com': [mx(0, '')],
  'a-only.kempt-dns-test.com': [{ type: A, data: Buffer.from([192, 0, 2, 25]) }],
  'broken.kempt-dns-test.com': 'servfail',
  'silent.kempt-dns-test.com': 'silence',
};

function encodeName(name: string): Buffer {
  const labels = name === '' ? [] : name.split('.');
  return Buffer.concat([
    ...labels.map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)])),
    Buffer.from([0]),
  ]);
}

function mx(preference: number, exchange: string): { type: number; data: Buffer } {
  const pref = Buffer.alloc(2);
  pref.writeUInt16BE(preference);
  return { type: MX, data: Buffer.concat([pref, encodeName(exchange)]) };
}

function respond(query: Buffer): Buffer | null {
  let offset = 12;
  const labels: string[] = [];
  while (query[offset]! > 0) {
    labels.push(query.subarray(offset + 1, offset + 1 + query[offset]!).toString('latin1'));
    offset += query[offset]! + 1;
  }
  const qtype = query.readUInt16BE(offset + 1);
  const question = query.subarray(12, offset + 5);
  const entry = ZONE[labels.join('.').toLowerCase()];
  if (entry === 'silence') return null;
  const rcode = entry === undefined ? 3 : entry === 'servfail' ? 2 : 0;
  const answers = Array.isArray(entry)
    ? entry.filter((a) => a !== 'servfail' && a !== 'silence' && a.type === qtype)
    : [];
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8000 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  const records = answers.map((a) => {
    if (typeof a === 'string') throw new Error('unreachable');
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0);
    rr.writeUInt16BE(a.type, 2);
    rr.writeUInt16BE(1, 4);
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(a.data.length, 10);
    return Buffer.concat([rr, a.data]);
  });
  return Buffer.concat([header, question, ...records]);
}

let server: Socket;
let resolver: MxResolver;

beforeAll(async () => {
  server = createSocket('udp4');
  server.on('message', (message, peer) => {
    const reply = respond(message);
    if (reply) server.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', resolve));
  resolver = dnsResolver({ servers: [`127.0.0.1:${server.address().port}`], timeoutMs: 300, tries: 1 });
});

afterAll(() => {
  server.close();
});

describe('dnsResolver against a loopback DNS server', () => {
  it('reads MX records', async () => {
    const records = await resolver.resolveMx('mx.kempt-dns-test.com');
    expect(records.toSorted((a, b) => a.priority - b.priority)).toEqual([
      { exchange: 'mail.kempt-dns-test.com', priority: 10 },
      { exchange: 'backup.kempt-dns-test.com', priority: 20 },
    ]);
  });

  it.each([
    [
      'mx.kempt-dns-test.com',
      { kind: 'mx', hosts: ['mail.kempt-dns-test.com', 'backup.kempt-dns-test.com'] },
    ],
    ['null.kempt-dns-test.com', { kind: 'null-mx' }],
    ['a-only.kempt-dns-test.com', { kind: 'implicit', addresses: ['192.0.2.25'] }],
    ['nowhere.kempt-dns-test.com', { kind: 'no-domain' }],
    ['broken.kempt-dns-test.com', { kind: 'unknown', reason: 'ESERVFAIL' }],
    ['silent.kempt-dns-test.com', { kind: 'unknown', reason: 'ETIMEOUT' }],
  ])('finds the mail host of %s', async (domain, host) => {
    expect(await findMailHost(resolver, domain)).toEqual(host);
  });

  it('verifies an address end to end', async () => {
    const result = await verifyEmail('Jan.Novak@MX.kempt-dns-test.com', { resolver });
    expect([result.status, result.recommendation]).toEqual(['deliverable', 'keep']);
    const gone = await verifyEmail('jan@nowhere.kempt-dns-test.com', { resolver });
    expect([gone.status, gone.reasons]).toEqual(['undeliverable', ['verify.no_domain']]);
  });
});
