/** The README's examples are part of the product: the config example must stay valid. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/rules/config/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has a config example that kempt accepts', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const result = parseConfig(block, 'README.md');
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('names the two commands', () => {
    expect(readme).toContain('npx kempt demo');
    expect(readme).toContain('npm test');
  });
});
