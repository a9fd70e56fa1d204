/** `kempt serve` through the real binary: it starts, answers, and stops on SIGTERM. */

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './support/bin.ts';

describe('kempt serve', () => {
  it('serves the records API on embedded SQLite and stops cleanly', async () => {
    const dir = await tempDir('serve');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', join(dir, 'kempt.db')], {
      env: { ...process.env, KEMPT_DEBUG: '' },
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`kempt serve exited with ${code}`)));
        setTimeout(() => reject(new Error(`no address after 20 s: ${out}`)), 20_000);
      });
      const created = await fetch(`${address}/v1/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' }),
      });
      expect(created.status).toBe(201);
      const { contact } = (await created.json()) as { contact: { id: string } };
      expect((await fetch(`${address}/v1/contacts/${contact.id}`)).status).toBe(200);
      expect((await fetch(`${address}/docs/json`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  }, 30_000);
});
