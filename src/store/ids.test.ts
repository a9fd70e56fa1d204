import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId', () => {
  it('is a version 7 UUID with the RFC 9562 variant', () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('carries the time: ids of later milliseconds sort later', () => {
    // (Times ahead of the real clock: ids never go back below one already made.)
    const a = newId(Date.parse('2031-01-01T00:00:00Z'));
    const b = newId(Date.parse('2031-01-01T00:00:00.001Z'));
    expect(a < b).toBe(true);
    expect(a.slice(0, 13)).toBe('01c03276-e000');
  });

  it('keeps increasing within one millisecond and when the clock steps back', () => {
    const t = Date.parse('2032-01-01T00:00:00Z');
    const ids = [newId(t), newId(t), newId(t), newId(t - 5), newId(t)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes 100,000 distinct ids in order', () => {
    const ids = Array.from({ length: 100_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id, i) => i === 0 || ids[i - 1]! < id)).toBe(true);
  });
});
