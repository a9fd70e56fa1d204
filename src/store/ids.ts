/**
 * Record ids: UUID version 7 (RFC 9562), a millisecond timestamp then random bits. Ids made one after
 * another sort one after another, so each new contact lands at the end of every index keyed by its
 * id (the contacts, its change-log lines, its findings) instead of on a random page of each: on a
 * store of 100k contacts that wrote about half the pages per create on SQLite (bench/BENCHMARKS.md).
 * Within one millisecond a counter keeps them increasing in this process.
 */

import { randomFillSync } from 'node:crypto';

const bytes = new Uint8Array(16);
// Random bytes drawn 4 KB at a time: one call into the system's generator per 409 ids, not per id.
const pool = new Uint8Array(4096);
let used = pool.length;
let lastMs = 0;
let counter = 0;

export function newId(now = Date.now()): string {
  if (used + 10 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  bytes.set(pool.subarray(used, used + 10), 6);
  used += 10;
  // 12 bits after the version nibble count ids within one millisecond (a random start, then +1).
  if (now <= lastMs) {
    counter = (counter + 1) & 0xfff;
    if (counter === 0) lastMs++;
    now = lastMs;
  } else {
    lastMs = now;
    counter = ((bytes[6]! << 8) | bytes[7]!) & 0x7ff;
  }
  bytes[0] = Math.floor(now / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(now / 2 ** 32) & 0xff;
  bytes[2] = (now >>> 24) & 0xff;
  bytes[3] = (now >>> 16) & 0xff;
  bytes[4] = (now >>> 8) & 0xff;
  bytes[5] = now & 0xff;
  bytes[6] = 0x70 | (counter >>> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
