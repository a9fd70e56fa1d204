import { describe, expect, it } from 'vitest';
import { createGate, rowGate } from '../gate/index.ts';
import { mapColumns } from '../record/mapping.ts';
import { defaultConfig } from '../rules/config/index.ts';
import { AuditAccumulator, fieldStats, mergeStates } from './accumulate.ts';

const header = ['Email', 'Phone', 'Country', 'Last Activity Date', 'Notes'];
const rows = [
  ['jan@gmial.com', '+420 601 123 456', 'CZ', '2019-01-01', 'x'],
  ['test@example.com', '123', 'Česko', '2025-12-01', ''],
  ['', '', '', '', 'only notes'],
  ['anna@firma.pl', '601 123 456', 'Polska', '', ''],
  ['info@acme.com', '+1 415 555 0100', 'USA', '2020-05-05', ''],
  ['jan@gmial.com', '', 'Neverland', '2026-01-01', ''],
];
const now = new Date('2026-01-01T00:00:00Z');
const map = mapColumns(header);
const analyze = rowGate(map, createGate(defaultConfig(), { now }), { channel: 'import' });

function accumulate(indices: number[]) {
  const acc = new AuditAccumulator(map, { now, staleMonths: 24, channel: 'import' });
  for (const i of indices) acc.add(i + 1, rows[i]!, analyze.check(rows[i]!));
  return acc.state;
}

describe('AuditAccumulator', () => {
  it('counts every record once and every filled value once', () => {
    const state = accumulate([0, 1, 2, 3, 4, 5]);
    const { total, clean, withWarnings, withErrors } = state.records;
    expect(total).toBe(6);
    expect(clean + withWarnings + withErrors).toBe(6);
    for (const f of fieldStats(state)) {
      expect(f.verdicts.valid + f.verdicts.risky + f.verdicts.invalid).toBe(f.filled);
    }
    expect(fieldStats(state).find((f) => f.field === 'email')!.filled).toBe(5);
    expect(state.stale).toMatchObject({ basis: 'last_activity_at', count: 2, withoutDate: 2 });
    expect(state.test.count).toBeGreaterThanOrEqual(1);
  });

  it('gives the same state when rows are split between accumulators and merged', () => {
    const whole = accumulate([0, 1, 2, 3, 4, 5]);
    const merged = mergeStates([accumulate([1, 3, 5]), accumulate([0, 2, 4])]);
    expect(fieldStats(merged)).toEqual(fieldStats(whole));
    expect(merged.records).toEqual(whole.records);
    expect(merged.stale).toEqual(whole.stale);
    expect(merged.test).toEqual(whole.test);
    expect(merged.gate).toEqual(whole.gate);
  });

  it('counts what the gate decided for each record, and which rules fired', () => {
    const state = accumulate([0, 1, 2, 3, 4, 5]);
    const { accept, fix, quarantine, reject } = state.gate.actions;
    expect(accept + fix + quarantine + reject).toBe(6);
    // Row 3 has neither an email nor a phone: the default config's "reachable" rule quarantines it.
    expect(Object.values(state.gate.rules)).toContainEqual(
      expect.objectContaining({ ruleId: 'reachable', action: 'quarantine', rows: [3] }),
    );
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeStates([])).toThrow(/at least one state/);
  });
});
