import { describe, expect, it } from 'vitest';
import { barChart, ring, type Segment, stackedBar, stackedRows, svgDefs } from './svg.ts';

const SEGMENTS: Segment[] = [
  { label: 'Clean', value: 900, tone: 'valid' },
  { label: 'With warnings', value: 90, tone: 'risky' },
  { label: 'With errors', value: 10, tone: 'invalid' },
];

function titleOf(svg: string): string | undefined {
  return /^<svg\b[^>]*role="img"[^>]*><title>([^<]+)<\/title>/.exec(svg)?.[1];
}

describe('charts', () => {
  it.each([
    ['stackedBar', stackedBar(SEGMENTS, 'Records <by verdict>').value, 'Records &lt;by verdict&gt;'],
    ['ring', ring(72, '#b7791f', 'Score 72').value, 'Score 72'],
    [
      'barChart',
      barChart(
        [{ label: 'Validity', note: 'weight 30%', value: 91, max: 100, display: '91', color: '#000' }],
        'Parts',
      ).value,
      'Parts',
    ],
    [
      'stackedRows',
      stackedRows([{ label: 'email', columns: [SEGMENTS] }], ['Split'], 'Per field').value,
      'Per field',
    ],
  ])('%s has a title and an aria-label', (_, svg, title) => {
    expect(titleOf(svg)).toBe(title);
    expect(svg).toContain(`aria-label="${title}"`);
  });

  it('prints shares only inside segments wide enough to hold them', () => {
    const svg = stackedBar(SEGMENTS, 'Records', 1000).value;
    expect(svg).toContain('>90.0%</text>');
    expect(svg).toContain('>9.0%</text>');
    expect(svg).not.toContain('>1.0%</text>');
    expect(svg).toContain('<title>With errors: 10 (1.0%)</title>');
  });

  it('hatches risky segments so colour is not the only signal', () => {
    const svg = stackedBar(SEGMENTS, 'Records').value;
    expect(svg.match(/url\(#kempt-hatch\)/g)).toHaveLength(1);
    expect(svgDefs().value).toContain('id="kempt-hatch"');
  });

  it('draws an empty track when there is nothing to stack', () => {
    const svg = stackedBar([{ label: 'Clean', value: 0, tone: 'valid' }], 'Records').value;
    expect(svg).toContain('no data');
    expect(svg).not.toContain('NaN');
  });

  it.each([
    [-5, '0'],
    [150, '100'],
    [71.6, '72'],
  ])('ring clamps and rounds %d to %s', (value, shown) => {
    expect(ring(value, '#000', 't').value).toContain(`>${shown}</text>`);
  });
});
