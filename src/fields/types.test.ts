import { describe, expect, it } from 'vitest';
import type { Finding, Severity, Verdict } from './types.ts';
import { verdictOf } from './types.ts';

function findings(...severities: Severity[]): Finding[] {
  return severities.map((severity) => ({ code: 'x.y', field: 'x', severity, message: 'why' }));
}

describe('verdictOf', () => {
  it.each<[string, Finding[], Verdict]>([
    ['Petra', [], 'valid'],
    ['Petra', findings('info'), 'valid'],
    ['Petra', findings('info', 'warning'), 'risky'],
    ['Petra', findings('warning', 'error'), 'invalid'],
    ['\u200BPetra', findings('error'), 'invalid'],
    ['', [], 'empty'],
    ['  \t\n', [], 'empty'],
    ['\u00A0\u3000', [], 'empty'],
    // Only invisible characters: as blank as blank input, whatever a check said about it.
    ['\u200B', [], 'empty'],
    ['\u200B\u200C\u200D\u2060\uFEFF\u00AD', findings('error'), 'empty'],
    [' \uFEFF ', findings('warning'), 'empty'],
  ])('%j with %j → %s', (input, list, verdict) => expect(verdictOf(input, list)).toBe(verdict));
});
