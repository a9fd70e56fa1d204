import { describe, expect, it } from 'vitest';
import { defaultConfig, type FieldRef } from '../rules/config/index.ts';
import { createGate } from './gate.ts';
import { AdaptiveMemo, DEFAULT_MEMO_POLICY, type MemoPolicy } from './memo.ts';
import type { Decision, GateRecord } from './types.ts';

const POLICY: MemoPolicy = { capacity: 16, window: 4, minHitRate: 0.5, pause: 3 };

/** A memo holding `a` → 1 (in the unscoped memo). */
function memoWithA(policy: MemoPolicy = POLICY): AdaptiveMemo<number> {
  const memo = new AdaptiveMemo<number>(policy);
  memo.set('a', 1);
  return memo;
}

describe('AdaptiveMemo', () => {
  it('returns what was set, and undefined for what was not', () => {
    const memo = memoWithA();
    expect([memo.get('a'), memo.get('b'), memo.get('a')]).toEqual([1, undefined, 1]);
    expect(memo.enabled).toBe(true);
  });

  it('starts enabled with the default policy', () => {
    expect(new AdaptiveMemo().enabled).toBe(true);
    expect(DEFAULT_MEMO_POLICY.capacity).toBeGreaterThan(0);
  });

  it.each([
    // lookups in one window (4) → hits → still on after the window (needs 2 hits of 4)
    [['a', 'a', 'a', 'a'], true],
    [['a', 'a', 'x', 'y'], true], // exactly the minimum rate
    [['a', 'x', 'y', 'z'], false],
    [['x', 'y', 'z', 'w'], false],
    [['x', 'y', 'z'], true], // the window is not over yet
  ])('after lookups %j it is on: %s', (keys, enabled) => {
    const memo = memoWithA();
    for (const key of keys) memo.get(key);
    expect(memo.enabled).toBe(enabled);
  });

  it('measures each window afresh', () => {
    const memo = memoWithA();
    for (const key of ['a', 'a', 'a', 'a']) memo.get(key); // window 1: all hits
    for (const key of ['a', 'x', 'y']) memo.get(key); // window 2: one hit in three so far
    expect(memo.enabled).toBe(true);
    memo.get('z'); // one hit in four
    expect(memo.enabled).toBe(false);
  });

  it('when off, it neither returns nor keeps values', () => {
    const memo = memoWithA();
    for (const key of ['w', 'x', 'y', 'z']) memo.get(key);
    expect(memo.enabled).toBe(false);
    expect(memo.get('a')).toBeUndefined();
    memo.set('b', 2);
    expect(memo.get('b')).toBeUndefined();
  });

  it('switches on again after the pause, empty', () => {
    const memo = memoWithA();
    for (const key of ['w', 'x', 'y', 'z']) memo.get(key);
    expect(memo.enabled).toBe(false);
    memo.get('a');
    memo.get('a');
    expect(memo.enabled).toBe(false); // 2 of 3 skipped lookups
    expect(memo.get('a')).toBeUndefined(); // the third ends the pause
    expect(memo.enabled).toBe(true);
    expect(memo.get('a')).toBeUndefined(); // what was kept before is gone
    memo.set('a', 10);
    expect(memo.get('a')).toBe(10);
  });

  it('after switching on again, a new window decides', () => {
    const memo = memoWithA();
    for (const key of ['w', 'x', 'y', 'z', 'p1', 'p2', 'p3']) memo.get(key);
    expect(memo.enabled).toBe(true);
    memo.set('a', 1);
    for (const key of ['a', 'a', 'q', 'r']) memo.get(key);
    expect(memo.enabled).toBe(true);
    for (const key of ['q', 'r', 's', 't']) memo.get(key);
    expect(memo.enabled).toBe(false);
  });

  it('keeps scopes apart', () => {
    const memo = new AdaptiveMemo<string>(POLICY);
    memo.set('030 1234567', '+49301234567', 'DE');
    memo.set('030 1234567', '+43301234567', 'AT');
    expect(memo.get('030 1234567', 'DE')).toBe('+49301234567');
    expect(memo.get('030 1234567', 'AT')).toBe('+43301234567');
    expect(memo.get('030 1234567', 'CZ')).toBeUndefined();
    expect(memo.get('030 1234567')).toBeUndefined();
    memo.set('030 1234567', 'unscoped');
    expect(memo.get('030 1234567')).toBe('unscoped');
    expect(memo.get('030 1234567', 'DE')).toBe('+49301234567');
  });

  it('measures the hit rate across scopes', () => {
    const memo = new AdaptiveMemo<number>(POLICY);
    memo.set('k', 1, 'DE');
    memo.set('k', 2, 'AT');
    for (const scope of ['DE', 'AT', 'CZ', 'PL']) memo.get('k', scope); // 2 hits of 4
    expect(memo.enabled).toBe(true);
    for (const scope of ['DE', 'CZ', 'PL', 'SK']) memo.get('k', scope); // 1 hit of 4
    expect(memo.enabled).toBe(false);
  });

  it('a scope holds a share of the capacity', () => {
    // capacity 16: a scope's generation holds 2 entries, so of 5 keys set in turn the first are gone.
    const memo = new AdaptiveMemo<number>({ ...POLICY, window: 1_000 });
    for (const [i, key] of ['k1', 'k2', 'k3', 'k4', 'k5'].entries()) memo.set(key, i, 'DE');
    expect(memo.get('k1', 'DE')).toBeUndefined();
    expect(memo.get('k5', 'DE')).toBe(4);
    for (const [i, key] of ['k1', 'k2', 'k3', 'k4', 'k5'].entries()) memo.set(key, i);
    expect(memo.get('k1')).toBe(0); // the unscoped memo holds all 16
  });

  it.each([[{ ...POLICY, capacity: 0 }], [{ ...POLICY, capacity: 0, pause: 0 }]])(
    'capacity 0 never memoises (%j)',
    (policy) => {
      const memo = new AdaptiveMemo<number>(policy);
      expect(memo.enabled).toBe(false);
      for (let i = 0; i < 50; i++) {
        memo.set('a', i);
        expect(memo.get('a')).toBeUndefined();
        expect(memo.get('a', 'DE')).toBeUndefined();
      }
      expect(memo.enabled).toBe(false);
    },
  );

  it('a falsy value is still a hit', () => {
    const memo = new AdaptiveMemo<number | string>(POLICY);
    memo.set('zero', 0);
    memo.set('empty', '');
    expect([memo.get('zero'), memo.get('empty')]).toEqual([0, '']);
  });
});

describe("the gate's memo", () => {
  // Values whose reading depends on the record's country: a memo keyed by the value alone would hand
  // one country's reading to a record of another (found by running a file on two threads).
  const cases: [string, FieldRef, GateRecord, GateRecord][] = [
    [
      'a legal form of several countries',
      'company',
      { company: 'Acme Inc.', country: 'US' },
      { company: 'Acme Inc.' },
    ],
    [
      'a legal form of another country',
      'company',
      { company: 'Acme Inc.', country: 'US' },
      { company: 'Acme Inc.', country: 'CZ' },
    ],
    [
      'an honorific of some countries',
      'full_name',
      { full_name: 'Pan Tadeusz Nowak', country: 'PL' },
      { full_name: 'Pan Tadeusz Nowak' },
    ],
  ];
  const now = new Date('2026-11-01T00:00:00Z');
  const findingsOf = (d: Decision, field: FieldRef) =>
    JSON.stringify(d.findings.filter((f) => f.field === field));
  it.each(cases)(
    '%s: a record is read the same after another country’s record',
    (_, field, first, second) => {
      const fresh = createGate(defaultConfig(), { now }).check(second, { channel: 'import' });
      const primed = createGate(defaultConfig(), { now });
      const before = primed.check(first, { channel: 'import' });
      const after = primed.check(second, { channel: 'import' });
      expect(JSON.stringify(after)).toBe(JSON.stringify(fresh));
      // The two readings differ, or the case would prove nothing.
      expect(findingsOf(before, field)).not.toBe(findingsOf(fresh, field));
    },
  );
});
