/** Shared by the generator's tests: collect a stream into a string, run the labeled generator. */

import { Writable } from 'node:stream';
import { generateLabeledContacts, type LabeledContact } from './generate.ts';
import type { GenerateOptions } from './options.ts';

export class StringSink extends Writable {
  chunks: Buffer[] = [];
  writes = 0;

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.writes++;
    // Asynchronous completion makes the writer actually wait for 'drain'.
    setImmediate(done);
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export function labeled(options: GenerateOptions): LabeledContact[] {
  return [...generateLabeledContacts(options)];
}
