/** Running the real kempt binary from tests, as a user runs it (the project's Node, no debug traces). */

import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = new URL('../../bin/kempt.js', import.meta.url).pathname;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runKempt(args: readonly string[], options: { input?: string; cwd?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    env: { ...process.env, KEMPT_DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `kempt-${prefix}-`));
}

/**
 * Starts `kempt serve` with the arguments given and waits (20 s at most) for the line that names its
 * address; `ready` matches that line, its first group being the address.
 */
export async function startServe(
  args: readonly string[],
  ready = /listening on (http:\/\/\S+)/,
): Promise<{ child: ChildProcessWithoutNullStreams; address: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    env: { ...process.env, KEMPT_DEBUG: '' },
  });
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = ready.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`kempt serve exited with ${code}: ${out}`)));
      setTimeout(() => reject(new Error(`no address after 20 s: ${out}`)), 20_000);
    });
    return { child, address };
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
}
