/** `kempt dedupe` and `kempt train` through the real binary: outputs, model round trip, bad input. */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKempt, tempDir } from './support/bin.ts';

const HEADER = 'Record ID,First Name,Last Name,Email,Phone Number,Company Name,City';
const PEOPLE = [
  ['1', 'Jan', 'Novák', 'jan.novak@labe.cz', '+420 602 111 222', 'Labe strojírna s.r.o.', 'Praha'],
  ['2', 'Honza', 'Novak', 'JAN.NOVAK@LABE.CZ', '602111222', 'Labe Strojirna', 'Praha'],
  ['3', 'Petra', 'Pokorná', 'petra.pokorna@centrum.cz', '+420 721 545 553', 'Vltava a.s.', 'Brno'],
  [
    '4',
    'Natalya',
    'Fedorova',
    'n.fedorova@lebedev-torg.ru',
    '+7 843 860 97 28',
    'ООО «Лебедев Торг»',
    'Kazan',
  ],
  ['5', 'Наталья', 'Федорова', 'n.fedorova@lebedev-torg.ru', '', 'Lebedev Torg LLC', 'Казань'],
  ['6', 'Eleni', 'Pappa', 'eleni.pappa@kritinet.gr', '+30 210 384 4155', 'Kritinet Α.Ε.', 'Athens'],
];
// Fillers make the model's statistics meaningful: distinct people, some sharing a first or last name.
const FIRST = ['Tomáš', 'Lucie', 'Martin', 'Jana', 'Pavel', 'Kateřina', 'Oliver', 'Grace', 'Lukas', 'Maria'];
const LAST = [
  'Svoboda',
  'Dvořák',
  'Černý',
  'Procházka',
  'Kučera',
  'Smith',
  'Kowalski',
  'Müller',
  'Dubois',
  'Rossi',
];
function filler(i: number): string[] {
  const f = FIRST[i % 10]!;
  const l = LAST[Math.floor(i / 10) % 10]!;
  return [
    String(100 + i),
    f,
    l,
    `${f[0]}.${l}${i}@mail${i % 13}.example.net`.toLowerCase(),
    '',
    `Company ${i % 17}`,
    'Praha',
  ];
}

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await tempDir('dedupe');
  input = join(dir, 'contacts.csv');
  const rows = [...PEOPLE, ...Array.from({ length: 300 }, (_, i) => filler(i))];
  writeFileSync(input, `${[HEADER, ...rows.map((r) => r.join(','))].join('\n')}\n`);
});

function csvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
}

describe('kempt dedupe', () => {
  it('writes every record with its cluster, and finds the duplicates across spellings and scripts', () => {
    const out = join(dir, 'clusters.csv');
    const pairs = join(dir, 'pairs.csv');
    const r = runKempt(['dedupe', input, '-o', out, '--pairs', pairs, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.records).toBe(306);
    const rows = csvRows(out);
    expect(rows[0]).toEqual(['id', 'cluster_id', 'cluster_size']);
    expect(rows).toHaveLength(307);
    const cluster = new Map(rows.slice(1).map((row) => [row[0], row[1]]));
    expect(cluster.get('2')).toBe(cluster.get('1'));
    expect(cluster.get('5')).toBe(cluster.get('4'));
    expect(cluster.get('3')).not.toBe(cluster.get('1'));
    expect(cluster.get('6')).toBe('6');
    // The pairs file explains each pair: every comparison's level and weight.
    const header = readFileSync(pairs, 'utf8').split('\r\n')[0]!.split(',');
    expect(header.slice(0, 5)).toEqual(['id_l', 'id_r', 'probability', 'match_weight', 'same_cluster']);
    expect(header).toContain('email_level');
    expect(header).toContain('email_weight');
    const body = readFileSync(pairs, 'utf8');
    expect(body).toMatch(/^1,2,|^2,1,/m);
    expect(body).toContain('same mailbox');
  });

  it('trains a model, saves it as JSON, and dedupes with it the same way', () => {
    const model = join(dir, 'model.json');
    const trained = runKempt(['train', input, '-o', model, '--json']);
    expect(trained.code).toBe(0);
    const json = JSON.parse(readFileSync(model, 'utf8'));
    expect(json.kempt_model).toBe(1);
    expect(json.trained.records).toBe(306);
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    expect(runKempt(['dedupe', input, '-o', a, '--model', model]).code).toBe(0);
    expect(runKempt(['dedupe', input, '-o', b, '--model', model]).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('train --labels measures m on known pairs and records how many it had', () => {
    const labels = join(dir, 'labels.csv');
    writeFileSync(labels, 'id_l,id_r,match\n1,2,yes\n4,5,1\n1,3,no\n');
    const model = join(dir, 'labelled.json');
    const r = runKempt(['train', input, '-o', model, '--labels', labels, '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).labelledPairs).toBe(3);
    expect(JSON.parse(readFileSync(model, 'utf8')).trained.labelled_pairs).toBe(3);
    const bad = join(dir, 'bad-labels.csv');
    writeFileSync(bad, 'id_l,id_r,match\n1,999,yes\n1,2,maybe\n');
    const failed = runKempt(['train', input, '-o', join(dir, 'x.json'), '--labels', bad]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/2 unusable label\(s\)/);
    expect(failed.stderr).toMatch(/no record with id "999"/);
    expect(failed.stderr).toMatch(/match is "maybe", not yes or no/);
  });

  it('--threshold changes what counts as a duplicate; --id names the id column', () => {
    const out = join(dir, 'strict.csv');
    const r = runKempt(['dedupe', input, '-o', out, '--threshold', '0.999999', '--id', 'Email', '--json']);
    expect(r.code).toBe(0);
    expect(csvRows(out)[1]![0]).toBe('jan.novak@labe.cz');
  });
});

describe('kempt dedupe: bad input', () => {
  it('an empty file', () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, `${HEADER}\n`);
    const r = runKempt(['dedupe', empty, '-o', join(dir, 'x.csv')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/has a header but no records/);
  });

  it('a column the model needs is missing', () => {
    const model = join(dir, 'model2.json');
    expect(runKempt(['train', input, '-o', model]).code).toBe(0);
    const noEmail = join(dir, 'no-email.csv');
    writeFileSync(noEmail, 'First Name,Last Name\nJan,Novák\nPetr,Svoboda\n');
    const r = runKempt(['dedupe', noEmail, '-o', join(dir, 'x.csv'), '--model', model]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/lacks what the model compares: .*email_key \(from email\)/);
  });

  it('a model file that is not a model', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        kempt_model: 1,
        comparisons: [{ name: 'x', levels: [{ is: 'exact', label: 'same', feature: 'email' }] }],
      }),
    );
    const r = runKempt(['dedupe', input, '-o', join(dir, 'x.csv'), '--model', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a valid kempt match model/);
    expect(r.stderr).toMatch(/the last level must be "else"/);
    expect(r.stderr).toMatch(/blocking/);
  });

  it('all-null columns are reported as unable to help, not an error', () => {
    const sparse = join(dir, 'sparse.csv');
    const rows = PEOPLE.map((p) => [p[0], p[1], p[2], p[3], '', '', ''].join(','));
    writeFileSync(sparse, `${HEADER}\n${rows.join('\n')}\n`);
    const r = runKempt(['dedupe', sparse, '-o', join(dir, 'sparse-out.csv'), '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.warnings.join('\n')).toMatch(/company: every value is empty/);
  });

  it('one giant block is skipped with a warning, never a hang', () => {
    const giant = join(dir, 'giant.csv');
    // 1,500 people behind one address and one number (an import that filled every row alike).
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `${i},${FIRST[i % 10]},${LAST[(i * 7) % 10]}${i},jan.novak@acme.cz,+420 222 111 000,,`,
    );
    writeFileSync(giant, `${HEADER}\n${rows.join('\n')}\n`);
    const started = Date.now();
    const r = runKempt(['dedupe', giant, '-o', join(dir, 'giant-out.csv'), '--json']);
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const summary = JSON.parse(r.stdout);
    expect(summary.warnings.join('\n')).toMatch(
      /"same email mailbox": 1 block\(s\) over the size limit were skipped, e.g. "jan.novak@acme.cz" \(1,500 records\)/,
    );
    // The phone rule skips a shared switchboard by its own limit: counted, not warned about.
    const phone = summary.blocking.find((rule: { name: string }) => rule.name === 'same phone');
    expect(phone.skipped[0]).toEqual({ key: '+420222111000', records: 1500 });
  });

  it('an output that would overwrite the input, and a threshold that is not a probability', () => {
    expect(runKempt(['dedupe', input, '-o', input]).stderr).toMatch(/must not overwrite the input/);
    const r = runKempt(['dedupe', input, '-o', join(dir, 'x.csv'), '--threshold', '1.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threshold takes a probability between 0 and 1/);
  });
});
