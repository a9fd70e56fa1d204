/** `kempt serve` through the real binary: it starts, answers, and stops on SIGTERM. */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKempt, startServe, tempDir } from './support/bin.ts';

describe('kempt serve', () => {
  it('serves the records API on embedded SQLite and stops cleanly', async () => {
    const dir = await tempDir('serve');
    const db = join(dir, 'kempt.db');
    expect(runKempt(['user', 'add', 'ops@example.com', '--role', 'revops', '--db', db]).code).toBe(0);
    const made = runKempt(['key', 'create', '--user', 'ops@example.com', '--db', db]);
    expect(made.code).toBe(0);
    const key = made.stdout.trim();
    expect(key).toMatch(/^kempt_[0-9a-f]{12}_[\w-]{32}$/);
    expect(runKempt(['user', 'add', 'x', '--role', 'emperor', '--db', db]).stderr).toMatch(
      /"emperor" is not a role/,
    );
    const { child, address } = await startServe(['--port', '0', '--db', db, '--duplicates', 'alert']);
    try {
      const auth = { authorization: `Bearer ${key}` };
      expect((await fetch(`${address}/v1/contacts`)).status).toBe(401);
      const created = await fetch(`${address}/v1/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ first_name: 'Jan', last_name: 'Novák', email: 'jan@labe.cz' }),
      });
      expect(created.status).toBe(201);
      const { contact } = (await created.json()) as { contact: { id: string } };
      // The same person from another mailbox: stored, with the first record as a candidate (alert).
      const again = await fetch(`${address}/v1/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({
          first_name: 'Jan',
          last_name: 'Novak',
          email: 'jan.novak.private@seznam.cz',
          phone: '+420 602 123 456',
        }),
      });
      expect(again.status).toBe(201);
      expect((await fetch(`${address}/v1/contacts/${contact.id}`, { headers: auth })).status).toBe(200);
      expect((await fetch(`${address}/docs/json`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  }, 30_000);

  it('runs several server processes on one port and one store (--processes), and stops them all', async () => {
    const dir = await tempDir('serve-processes');
    const db = join(dir, 'kempt.db');
    expect(runKempt(['user', 'add', 'ops', '--role', 'admin', '--db', db]).code).toBe(0);
    const key = runKempt(['key', 'create', '--user', 'ops', '--db', db]).stdout.trim();
    const { child, address } = await startServe(
      ['--port', '0', '--db', db, '--processes', '2'],
      /listening on (http:\/\/\S+) .*\(2 processes\)/,
    );
    try {
      // Twenty creates at once, spread over the two processes, one store: all stored, none twice.
      const statuses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          fetch(`${address}/v1/contacts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: JSON.stringify({
              first_name: 'Eva',
              last_name: `Nová${i}`,
              email: `eva${i % 10}@firma.cz`,
            }),
          }).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  }, 40_000);

  it.each(['0', 'many', '1.5'])(
    'refuses --processes %s with a clear error, before it opens anything',
    async (n) => {
      const dir = await tempDir('serve-bad');
      const r = runKempt(['serve', '--processes', n, '--db', join(dir, 'kempt.db')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(`--processes takes a positive whole number, got "${n.replace('.', '\\.')}"`),
      );
    },
  );
});
