/** CSV output: RFC 4180 quoting, buffered writes that respect backpressure. */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { KemptError } from '../../errors.ts';

const NEEDS_QUOTES = /["\r\n]/;

export function formatCsvRow(cells: readonly string[], delimiter = ','): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (i > 0) line += delimiter;
    line +=
      NEEDS_QUOTES.test(cell) || cell.includes(delimiter) || cell !== cell.trim()
        ? `"${cell.replaceAll('"', '""')}"`
        : cell;
  }
  return `${line}\r\n`;
}

export class CsvWriter {
  readonly #stream: WriteStream;
  readonly #delimiter: string;
  readonly #path: string;
  #pending = '';
  #error: Error | undefined;

  constructor(path: string, delimiter = ',', options: { bom?: boolean } = {}) {
    this.#path = path;
    this.#delimiter = delimiter;
    this.#stream = createWriteStream(path);
    this.#stream.on('error', (error) => {
      this.#error = error;
    });
    if (options.bom) this.#pending = '\uFEFF';
  }

  /** Queues a row; await the result only every so often (it resolves at once unless the buffer is full). */
  write(cells: readonly string[]): Promise<void> {
    return this.writeFormatted(formatCsvRow(cells, this.#delimiter));
  }

  /** Queues rows already formatted (`formatCsvRow` lines, e.g. built on a worker thread). */
  async writeFormatted(lines: string): Promise<void> {
    this.#pending += lines;
    if (this.#pending.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    this.#throwIfFailed();
    if (this.#pending === '') return;
    const ok = this.#stream.write(this.#pending);
    this.#pending = '';
    if (!ok) {
      // Wait for whichever comes first, then drop the other listener: a long file flushes thousands of
      // times, and listeners left behind would pile up on the stream.
      const done = new AbortController();
      const wait = (event: string) =>
        once(this.#stream, event, { signal: done.signal }).catch(() => undefined);
      await Promise.race([wait('drain'), wait('error')]);
      done.abort();
    }
    this.#throwIfFailed();
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.#stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    this.#throwIfFailed();
  }

  #throwIfFailed(): void {
    if (!this.#error) return;
    throw new KemptError('output_unwritable', `Cannot write ${this.#path}: ${this.#error.message}`, {
      file: this.#path,
    });
  }
}
