import { describe, expect, it } from 'vitest';
import {
  analyzePersonName,
  cleanName,
  hasMojibake,
  isKeyboardMash,
  isTestName,
  splitFullName,
} from './index.ts';

const N = 100_000;

// Shapes that make a careless regex backtrack quadratically, or a loop rescan the value.
const HOSTILE: [string, string][] = [
  ['a dot run before a letter', `x${'.'.repeat(N)}y.`],
  ['comma runs', `a${',,'.repeat(N)}b,`],
  ['loose commas', ' ,'.repeat(N)],
  ['quotes', '"'.repeat(N)],
  ['apostrophes', `${"'".repeat(N)}x`],
  ['unclosed brackets', '(x'.repeat(N)],
  ['unopened brackets', 'x)'.repeat(N)],
  ['question marks', 'a?'.repeat(N)],
  ['mojibake', 'Ã©'.repeat(N)],
  ['at signs', '@a.b '.repeat(N / 5)],
  ['titles', `${'Dr. '.repeat(N / 4)}x`],
  ['suffixes', 'x Jr.'.repeat(N / 5)],
  ['hyphens around a letter', `${'-'.repeat(N)}a${'-'.repeat(N)}`],
  ['a letter held down', 'a'.repeat(N)],
];

const FUNCTIONS: [string, (value: string) => unknown][] = [
  ['analyzePersonName', (v) => analyzePersonName(v, { field: 'full_name' })],
  ['splitFullName', (v) => splitFullName(v)],
  ['cleanName', (v) => cleanName(v)],
  ['isKeyboardMash', (v) => isKeyboardMash(v)],
  ['isTestName', (v) => isTestName(v, v)],
  ['hasMojibake', (v) => hasMojibake(v)],
];

describe.each(FUNCTIONS)('%s on hostile input', (_name, fn) => {
  it.each(HOSTILE)('stays linear on %s', (_shape, value) => {
    const started = performance.now();
    fn(value);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
