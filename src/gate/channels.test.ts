/**
 * One config drives every channel present: the gate called directly, `kempt audit`, `kempt clean`
 * and `kempt rules explain` read the same file, so changing one rule in it changes what each of
 * them reports, in the same way.
 */

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Channel, formatConfigError, parseConfig } from '../rules/config/index.ts';
import { createGate } from './gate.ts';
import type { Decision, GateRecord } from './types.ts';

const BIN = new URL('../../bin/kempt.js', import.meta.url).pathname;
const NOW = '2026-01-01';

function kempt(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KEMPT_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Options {
  /** What the lifecycle stage picklist does with a stage no synonym explains. */
  stageOtherwise: 'warn' | 'quarantine';
  /** Whether the custom column Tier has a regex rule. */
  tierRule: boolean;
}

/** The config under test; each option changes one rule. */
function configText(options: Options): string {
  const lines = [
    'version: 1',
    'fields:',
    '  email:',
    '    required: { import: true }',
    '    rules:',
    '      - id: email-format',
    '        type: format',
    '        action: fix',
    '        otherwise: quarantine',
    '  lifecycle_stage:',
    '    rules:',
    '      - id: stage',
    '        type: picklist',
    '        preset: lifecycle_stage',
    '        action: fix',
    `        otherwise: ${options.stageOtherwise}`,
  ];
  if (options.tierRule)
    lines.push(
      'custom_fields:',
      '  Tier:',
      '    rules:',
      '      - id: tier-code',
      '        type: regex',
      "        pattern: '^(gold|silver)$'",
      '        action: quarantine',
    );
  return `${lines.join('\n')}\n`;
}

const BASE: Options = { stageOtherwise: 'warn', tierRule: false };

const HEADER = ['Email', 'First Name', 'Lifecycle Stage', 'Tier'];
const FIELDS = ['email', 'first_name', 'lifecycle_stage', 'custom.Tier'] as const;
const ROWS = [
  ['jana.kral@Acme.CZ', 'Jana', 'client', 'gold'], // 1: two certain fixes
  ['petr.svoboda@acme.cz', 'Petr', 'banana', 'silver'], // 2: a stage no synonym explains
  ['eva.nova@acme.cz', 'Eva', 'Lead', 'bronze'], // 3: a tier outside the regex
  ['', 'Karel', 'Lead', 'gold'], // 4: no email (required on import only)
];
const RECORDS: GateRecord[] = ROWS.map((cells) => Object.fromEntries(FIELDS.map((f, i) => [f, cells[i]])));

let dir: string;
let input: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kempt-channels-'));
  input = join(dir, 'contacts.csv');
  await writeFile(input, `${[HEADER, ...ROWS].map((r) => r.join(',')).join('\n')}\n`);
});

interface Run {
  decisions: Decision[];
  audit: { actions: Record<string, number>; rules: Record<string, unknown>[] };
  /** The changes file, one object per line keyed by its header. */
  changes: Record<string, string>[];
  cleaned: string[][];
  explain: {
    channels: {
      channel: Channel;
      fields: { field: string; when_missing: string | null; rules: Record<string, unknown>[] }[];
    }[];
  };
}

const runs = new Map<string, Promise<Run>>();

/** Everything one config says about the file, through each entry point, on one channel (run once). */
function runAll(options: Options, channel: Channel = 'cli'): Promise<Run> {
  const key = JSON.stringify([options, channel]);
  let run = runs.get(key);
  if (run === undefined) {
    run = runUncached(options, channel);
    runs.set(key, run);
  }
  return run;
}

async function runUncached(options: Options, channel: Channel): Promise<Run> {
  const text = configText(options);
  const cfg = join(dir, `kempt-${++n}.yaml`);
  await writeFile(cfg, text);
  const parsed = parseConfig(text, cfg);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => formatConfigError(e, cfg)).join('\n'));
  const gate = createGate(parsed.config, { now: new Date(NOW) });
  const decisions = RECORDS.map((r) => gate.check(r, { channel }));

  const channelArgs = channel === 'cli' ? [] : ['--channel', channel];
  const audit = kempt(['audit', input, '--config', cfg, '--json', '--now', NOW, ...channelArgs]);
  expect(audit.stderr).toBe('');
  expect(audit.code).toBe(0);

  const out = join(dir, `out-${n}.csv`);
  const ch = join(dir, `changes-${n}.csv`);
  const clean = kempt([
    'clean',
    input,
    '-o',
    out,
    '--changes',
    ch,
    '--config',
    cfg,
    '--now',
    NOW,
    ...channelArgs,
  ]);
  expect(clean.stderr).toBe('');
  expect(clean.code).toBe(0);

  const explain = kempt(['rules', 'explain', cfg, '--json']);
  expect(explain.code).toBe(0);

  return {
    decisions,
    audit: JSON.parse(audit.stdout).gate,
    changes: parse(await readFile(ch, 'utf8'), { columns: true }),
    cleaned: parse(await readFile(out, 'utf8')),
    explain: JSON.parse(explain.stdout),
  };
}

/** What the audit should count, from the gate's own decisions. */
function auditFromGate(decisions: Decision[]) {
  const actions = { accept: 0, fix: 0, quarantine: 0, reject: 0 };
  const rules = new Map<
    string,
    { ruleId: string; code: string; field: string; action: string; count: number; rows: number[] }
  >();
  decisions.forEach((d, i) => {
    actions[d.action]++;
    for (const f of d.findings) {
      if (f.action === undefined || f.ruleId === undefined) continue;
      const key = `${f.ruleId} ${f.code} ${f.action}`;
      const r = rules.get(key) ?? {
        ruleId: f.ruleId,
        code: f.code,
        field: f.field,
        action: f.action,
        count: 0,
        rows: [],
      };
      r.count++;
      r.rows.push(i + 1);
      rules.set(key, r);
    }
  });
  return { actions, rules: [...rules.values()] };
}

/** What the changes file should list, from the gate's own decisions: [row, field, action, rule]. */
function changesFromGate(decisions: Decision[]): string[][] {
  return decisions.flatMap((d, i) => [
    ...d.changes.map((c) => [String(i + 1), c.field, c.code, 'fix', c.ruleId]),
    ...d.findings
      .filter((f) => f.severity !== 'info' || f.action !== undefined)
      .map((f) => [String(i + 1), f.field, f.code, f.action ?? '', f.ruleId ?? '']),
  ]);
}

const byKey = (a: { ruleId: string; code: string }, b: { ruleId: string; code: string }) =>
  `${a.ruleId} ${a.code}`.localeCompare(`${b.ruleId} ${b.code}`);
const rows = (run: Run) => run.changes.map((c) => [c.row!, c.field!, c.code!, c.action!, c.rule!]);

/** The audit and the changes file agree with the gate called directly. */
function expectConsistent(run: Run) {
  const expected = auditFromGate(run.decisions);
  expect(run.audit.actions).toEqual(expected.actions);
  expect([...(run.audit.rules as never[])].sort(byKey)).toEqual(expected.rules.sort(byKey));
  expect(rows(run)).toEqual(changesFromGate(run.decisions));
  // The cleaned file holds the records as the gate let them through.
  expect(run.cleaned.slice(1)).toEqual(run.decisions.map((d) => FIELDS.map((f) => d.record[f] ?? '')));
}

/** The explanation of one field's rules on one channel. */
function explained(run: Run, channel: Channel, field: string) {
  return run.explain.channels.find((c) => c.channel === channel)!.fields.find((f) => f.field === field);
}

describe('one config drives every channel present', () => {
  it('the base config: the gate, the audit and the clean agree', async () => {
    const run = await runAll(BASE);
    expect(run.decisions.map((d) => d.action)).toEqual(['fix', 'accept', 'accept', 'accept']);
    expectConsistent(run);
    expect(run.audit.actions).toEqual({ accept: 3, fix: 1, quarantine: 0, reject: 0 });
    expect(rows(run)).toEqual([
      ['1', 'email', 'email.standardized', 'fix', 'email-format'],
      ['1', 'lifecycle_stage', 'picklist.mapped', 'fix', 'stage'],
      ['2', 'lifecycle_stage', 'picklist.unknown', 'warn', 'stage'],
    ]);
    expect(run.cleaned[1]).toEqual(['jana.kral@acme.cz', 'Jana', 'Customer', 'gold']);
  });

  it('a new regex rule on a custom column shows up in every command', async () => {
    const before = await runAll(BASE);
    const after = await runAll({ ...BASE, tierRule: true });
    expectConsistent(after);

    expect(before.decisions[2]!.action).toBe('accept');
    expect(after.decisions[2]!.action).toBe('quarantine');

    expect(after.audit.actions).toEqual({ accept: 2, fix: 1, quarantine: 1, reject: 0 });
    const tierHit = {
      ruleId: 'tier-code',
      code: 'regex.no_match',
      field: 'custom.Tier',
      action: 'quarantine',
      count: 1,
      rows: [3],
    };
    expect(after.audit.rules).toContainEqual(tierHit);
    expect(before.audit.rules).not.toContainEqual(expect.objectContaining({ ruleId: 'tier-code' }));

    const tierRows = (run: Run) => run.changes.filter((c) => c.rule === 'tier-code');
    expect(tierRows(before)).toEqual([]);
    expect(tierRows(after)).toEqual([
      expect.objectContaining({
        row: '3',
        field: 'custom.Tier',
        column: 'Tier',
        before: 'bronze',
        code: 'regex.no_match',
        applied: 'no',
        action: 'quarantine',
        rule: 'tier-code',
      }),
    ]);

    for (const channel of ['form', 'api', 'import', 'sync', 'cli'] as const) {
      expect(explained(before, channel, 'custom.Tier')).toBeUndefined();
      expect(explained(after, channel, 'custom.Tier')?.rules).toEqual([
        expect.objectContaining({ id: 'tier-code', type: 'regex', action: 'quarantine' }),
      ]);
    }
  });

  // `otherwise` says what happens when a fix rule finds no certain fix: for the stage picklist, a
  // stage no synonym explains ("banana"). `rules explain` reports the change; so must the rest.
  it('a picklist otherwise: warn → quarantine changes the gate, the audit, the clean and the explanation', async () => {
    const warn = await runAll(BASE);
    const quarantine = await runAll({ ...BASE, stageOtherwise: 'quarantine' });

    for (const channel of ['form', 'api', 'import', 'sync', 'cli'] as const) {
      expect(explained(warn, channel, 'lifecycle_stage')?.rules).toEqual([
        expect.objectContaining({ id: 'stage', action: 'fix', otherwise: 'warn' }),
      ]);
      expect(explained(quarantine, channel, 'lifecycle_stage')?.rules).toEqual([
        expect.objectContaining({ id: 'stage', action: 'fix', otherwise: 'quarantine' }),
      ]);
    }

    expect(warn.decisions[1]!.action).toBe('accept');
    expect(quarantine.decisions[1]!.action).toBe('quarantine');
    expect(warn.audit.actions).toEqual({ accept: 3, fix: 1, quarantine: 0, reject: 0 });
    expect(quarantine.audit.actions).toEqual({ accept: 2, fix: 1, quarantine: 1, reject: 0 });
    expect(quarantine.audit.rules).toEqual([
      {
        ruleId: 'stage',
        code: 'picklist.unknown',
        field: 'lifecycle_stage',
        action: 'quarantine',
        count: 1,
        rows: [2],
      },
    ]);
    expect(rows(quarantine)).toContainEqual([
      '2',
      'lifecycle_stage',
      'picklist.unknown',
      'quarantine',
      'stage',
    ]);
    expectConsistent(quarantine);
  });

  it('--channel import applies the import requirement; the default cli channel does not', async () => {
    const cli = await runAll(BASE);
    const imported = await runAll(BASE, 'import');
    expectConsistent(imported);

    expect(cli.decisions[3]!.action).toBe('accept');
    expect(imported.decisions[3]!.action).toBe('quarantine');
    expect(imported.decisions[3]!.findings.map((f) => [f.code, f.action, f.ruleId])).toEqual([
      ['required.missing', 'quarantine', 'email.required'],
    ]);

    expect(cli.audit.actions.quarantine).toBe(0);
    expect(imported.audit.actions).toEqual({ accept: 2, fix: 1, quarantine: 1, reject: 0 });
    expect(imported.audit.rules).toContainEqual({
      ruleId: 'email.required',
      code: 'required.missing',
      field: 'email',
      action: 'quarantine',
      count: 1,
      rows: [4],
    });
    expect(cli.changes.filter((c) => c.code === 'required.missing')).toEqual([]);
    expect(imported.changes.filter((c) => c.code === 'required.missing')).toEqual([
      expect.objectContaining({
        row: '4',
        field: 'email',
        column: 'Email',
        action: 'quarantine',
        rule: 'email.required',
      }),
    ]);
    expect(explained(imported, 'import', 'email')?.when_missing).toBe('quarantine');
    expect(explained(imported, 'form', 'email')?.when_missing).toBeNull();
  });
});
