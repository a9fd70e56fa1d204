/**
 * The dictionary is compiled on the first look-up, not at import. Whichever entry point is used first
 * (each case gets a fresh copy of the module) must see the whole dictionary.
 */
import { describe, expect, it, vi } from 'vitest';

type Lexicon = typeof import('./lexicon.ts');

async function freshLexicon(): Promise<Lexicon> {
  vi.resetModules();
  return import('./lexicon.ts');
}

const FIRST_CALLS: [string, (lexicon: Lexicon) => unknown, unknown][] = [
  ['lookupPhrase', (l) => l.lookupPhrase('vp sales')?.label, 'Vice President of Sales'],
  ['isPhrasePrefix', (l) => l.isPhrasePrefix('vice'), true],
  ['splitCompound', (l) => l.splitCompound('vertriebsleiter')?.map((e) => e.label), ['Sales', 'Head']],
  ['phraseCount', (l) => (l.phraseCount() > 3000 ? 'thousands' : 'few'), 'thousands'],
  ['dataProblems', (l) => l.dataProblems(), []],
];

describe('lazy dictionary', () => {
  it.each(FIRST_CALLS)('%s as the first call sees the compiled dictionary', async (_, call, expected) => {
    expect(call(await freshLexicon())).toEqual(expected);
  });

  it('classifies a title on the first call after import', async () => {
    vi.resetModules();
    const { classifyTitle } = await import('./index.ts');
    expect(classifyTitle('Obchodní ředitel')).toMatchObject({ seniority: 'director', department: 'sales' });
  });
});
