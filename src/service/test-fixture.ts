/**
 * What the service tests share: a store of the given kind per test, a records service on the shipped
 * config with a clock that moves a second per call, and a helper that stores a record or fails.
 */

import { afterEach, beforeEach } from 'vitest';
import { createGate } from '../gate/index.ts';
import { defaultConfig } from '../rules/config/index.ts';
import type { Store } from '../store/db.ts';
import type { TestStore } from '../store/test-stores.ts';
import { createRecordService, type RecordService, type WriteContext } from './records.ts';

export interface ServiceFixture {
  store: Store & { drop(): Promise<void> };
  records: RecordService;
  /** The fixture's clock: each call is one second after the last. */
  now: () => Date;
  /** Stores a record (through the gate, on the import channel unless told) and returns its id. */
  create(record: Record<string, string>, ctx?: WriteContext): Promise<string>;
}

export function serviceFixture(open: TestStore['open']): ServiceFixture {
  let clock = 0;
  const fixture = {
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
    async create(record: Record<string, string>, ctx: WriteContext = { channel: 'import', actor: 'import' }) {
      const r = await fixture.records.create(record, ctx);
      if (r.status !== 'created') throw new Error(`expected the record to be created, it was ${r.status}`);
      return r.contact.id;
    },
  } as ServiceFixture;
  beforeEach(async () => {
    clock = Date.parse('2026-11-22T10:00:00Z');
    fixture.store = await open();
    fixture.records = createRecordService({
      db: fixture.store.db,
      kind: fixture.store.kind,
      gate: createGate(defaultConfig(), { now: new Date('2026-11-22') }),
      now: fixture.now,
    });
  });
  afterEach(async () => {
    await fixture.store.drop();
  });
  return fixture;
}
