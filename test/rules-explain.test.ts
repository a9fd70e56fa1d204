/** `kempt rules explain` through the real binary: output, JSON, exit codes and error messages. */

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKempt } from './support/bin.ts';

const DEFAULT_CONFIG = new URL('../config/kempt.config.yaml', import.meta.url).pathname;

function kempt(args: string[], cwd?: string) {
  return runKempt(args, cwd === undefined ? {} : { cwd });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kempt-rules-'));
});

describe('kempt rules explain', () => {
  it('explains the shipped default when the folder has no kempt.config.yaml', () => {
    const r = kempt(['rules', 'explain'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`Rules in the shipped default config: ${DEFAULT_CONFIG}`);
    expect(lines[1]).toBe(
      '(there is no kempt.config.yaml in this folder; copy this file here to write your own)',
    );
    expect(lines).toContain('Channel form (web forms)');
    expect(lines).toContain('Channel import (file imports)');
    expect(r.stdout).toContain('email-format');
    expect(r.stdout).toContain('lifecycle-stage-picklist');
    expect(r.stdout).toContain('customer-needs-company');
    expect(r.stdout).toMatch(/lead-source-import +sets lead_source to List Import when empty/);
  });

  it('prefers the kempt.config.yaml of the working folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kempt-rules-local-'));
    await writeFile(
      join(folder, 'kempt.config.yaml'),
      'version: 1\nfields:\n  city:\n    rules:\n      - { id: city-length, type: length, max: 40, action: warn }\n',
    );
    const r = kempt(['rules', 'explain', '--channel', 'form'], folder);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Rules in kempt.config.yaml');
    expect(r.stdout).toMatch(/city-length +warn +at most 40 characters/);
  });

  it('prints the explanation as JSON for the channels asked for', () => {
    const r = kempt(['rules', 'explain', DEFAULT_CONFIG, '--json', '--channel', 'api,form']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.config).toBe(DEFAULT_CONFIG);
    expect(json.channels.map((c: { channel: string }) => c.channel)).toEqual(['api', 'form']);
    const email = json.channels[0].fields.find((f: { field: string }) => f.field === 'email');
    expect(email).toMatchObject({ required: true, when_missing: 'block' });
  });

  it('exits 2 on an unknown channel and lists the channels', () => {
    const r = kempt(['rules', 'explain', DEFAULT_CONFIG, '--channel', 'webform']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"webform" is not a channel.');
    expect(r.stderr).toContain('form, api, import, sync, cli');
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a config with an error and names its line', async () => {
    const file = join(dir, 'broken.yaml');
    await writeFile(
      file,
      'version: 1\nfields:\n  email:\n    rules:\n      - id: email-format\n        type: format\n        action: blok\n',
    );
    const r = kempt(['rules', 'explain', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:7:`);
    expect(r.stderr).toContain('blok');
  });

  it('exits 3 when the config file does not exist', () => {
    const r = kempt(['rules', 'explain', join(dir, 'missing.yaml')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('config file not found');
  });
});
