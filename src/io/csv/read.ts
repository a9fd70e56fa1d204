/**
 * Streams a CSV export as batches of rows, in constant memory: encoding and delimiter are detected on
 * the first chunk, bytes are decoded incrementally and split by CsvSplitter. Everything that can go
 * wrong with the file becomes a KemptError naming the file (and line, where there is one).
 */

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { KemptError } from '../../errors.ts';
import { detectEncoding, type Encoding } from './encoding.ts';
import { CsvSplitter } from './parse.ts';
import { sniffDelimiter } from './sniff.ts';

export interface CsvReadOptions {
  encoding?: Encoding;
  delimiter?: string;
  /** Rows per batch handed to the consumer, at least (a batch ends with a read chunk); default 256. */
  batchSize?: number;
  /** Called with the number of bytes read so far (for progress bars). */
  onBytes?: (bytesRead: number) => void;
}

export interface CsvRow {
  /** 1-based record number (the header is not a record). */
  row: number;
  /** Physical line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvFile {
  path: string;
  size: number;
  encoding: Encoding;
  delimiter: string;
  header: string[];
  /** Batches of records in file order. Blank lines are not records; they are counted in `stats`. */
  batches(): AsyncGenerator<CsvRow[]>;
  stats: CsvStats;
}

export interface CsvStats {
  records: number;
  blankLines: number;
  /** Records with fewer or more cells than the header, with the first few row numbers. */
  shortRows: number;
  longRows: number;
  raggedExamples: number[];
}

const SAMPLE_BYTES = 65_536;
/**
 * Small enough that a decoded chunk (up to 2 bytes a character) stays a regular young-generation
 * string: V8 puts strings over ~128 KB in large-object space, freed only by full collections, and a
 * 1 MB chunk size measured ~100 MB more peak RSS on a 100k-row audit.
 */
const READ_CHUNK_BYTES = 48 * 1024;
/**
 * A batch's rows (cells and all) stay alive until the batch is done. With 2,000 rows that took longer
 * than the young generation lasts (16 MB on the main thread: ~1,500 rows of checks), so every cell was
 * copied by one young collection and promoted by the next, to die in the old generation. The audit of
 * the 1M export on 1 worker + the main thread promoted 1,353 MB with 2,000-row batches and 443 MB with
 * one read chunk's rows (~220), and took 18.8 against 22.2 s (measured 2026-11-23). Each batch costs a
 * message to a worker: a few hundred rows make that negligible.
 */
const DEFAULT_BATCH_ROWS = 256;

export async function openCsv(path: string, options: CsvReadOptions = {}): Promise<CsvFile> {
  const { sample, size } = await readSample(path);
  if (size === 0) {
    throw new KemptError('file_empty', `${path} is empty.`, { file: path }, 'Export the data again.');
  }
  const sniffed = detectEncoding(sample);
  rejectBinary(path, sample, sniffed.encoding);
  // A forced encoding still skips the BOM when the file has that encoding's BOM.
  const detected = options.encoding
    ? { encoding: options.encoding, bomLength: sniffed.encoding === options.encoding ? sniffed.bomLength : 0 }
    : sniffed;
  const sampleText = new TextDecoder(detected.encoding).decode(sample.subarray(detected.bomLength));
  if (sampleText.includes('\u0000')) {
    throw new KemptError(
      'not_csv',
      `${path} does not read as ${detected.encoding} text: it decodes to NUL characters.`,
      { file: path },
      'Leave out --encoding to detect it, or name the encoding the file was saved in.',
    );
  }
  const delimiter = options.delimiter ?? sniffDelimiter(sampleText);
  const stats: CsvStats = { records: 0, blankLines: 0, shortRows: 0, longRows: 0, raggedExamples: [] };
  const header = await readHeader(path, detected, delimiter);
  return {
    path,
    size,
    encoding: detected.encoding,
    delimiter,
    header,
    stats,
    batches: () => streamBatches(path, detected, delimiter, header.length, stats, options),
  };
}

async function readSample(path: string): Promise<{ sample: Uint8Array; size: number }> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    const { size, isDirectory } = await handle
      .stat()
      .then((s) => ({ size: s.size, isDirectory: s.isDirectory() }));
    if (isDirectory)
      throw new KemptError('file_unreadable', `${path} is a directory, not a file.`, { file: path });
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { sample: buffer.subarray(0, bytesRead), size };
  } catch (error) {
    throw error instanceof KemptError ? error : fileError(path, error);
  } finally {
    await handle.close();
  }
}

function fileError(path: string, error: unknown): KemptError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new KemptError(
      'file_not_found',
      `File not found: ${path}`,
      { file: path },
      'Check the path and try again.',
    );
  }
  if (code === 'EISDIR')
    return new KemptError('file_unreadable', `${path} is a directory, not a file.`, { file: path });
  if (code === 'EACCES' || code === 'EPERM') {
    return new KemptError('file_unreadable', `Permission denied reading ${path}.`, { file: path });
  }
  return new KemptError('file_unreadable', `Cannot read ${path}: ${(error as Error).message}`, {
    file: path,
  });
}

const SIGNATURES: { bytes: number[]; what: string; hint: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (an Excel .xlsx workbook?)',
    hint: 'Save the sheet as CSV (UTF-8) and run again.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'an old Excel .xls workbook',
    hint: 'Save the sheet as CSV (UTF-8) and run again.',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', hint: 'Export the data from your CRM as CSV.' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'Decompress it first (gunzip).' },
];

function rejectBinary(path: string, sample: Uint8Array, encoding: Encoding): void {
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => sample[i] === b)) {
      throw new KemptError(
        'not_csv',
        `${path} is not a CSV file: it looks like ${sig.what}.`,
        { file: path },
        sig.hint,
      );
    }
  }
  // UTF-16 text is full of NUL bytes; any other text with one is binary.
  if (!encoding.startsWith('utf-16') && sample.includes(0)) {
    throw new KemptError(
      'not_csv',
      `${path} is not a CSV file: it contains binary data.`,
      { file: path },
      'Export the data from your CRM as CSV (UTF-8).',
    );
  }
}

async function readHeader(
  path: string,
  detected: { encoding: Encoding; bomLength: number },
  delimiter: string,
) {
  for await (const chunk of decodedChunks(path, detected)) {
    const header = firstRow(chunk, delimiter);
    if (header) return header.map((h) => h.trim());
  }
  throw new KemptError(
    'file_empty',
    `${path} has no header row.`,
    { file: path },
    'The first line must name the columns.',
  );
}

function firstRow(text: string, delimiter: string): string[] | undefined {
  let found: string[] | undefined;
  const splitter = new CsvSplitter(delimiter);
  splitter.push(text, (cells) => {
    if (!found && !isBlank(cells)) found = cells;
  });
  return found;
}

async function* decodedChunks(path: string, detected: { encoding: Encoding; bomLength: number }) {
  const decoder = new TextDecoder(detected.encoding);
  const stream = createReadStream(path, { start: detected.bomLength, highWaterMark: READ_CHUNK_BYTES });
  for await (const chunk of stream) yield decoder.decode(chunk as Buffer, { stream: true });
  yield decoder.decode();
}

function isBlank(cells: string[]): boolean {
  return cells.length === 1 && cells[0]!.trim() === '';
}

async function* streamBatches(
  path: string,
  detected: { encoding: Encoding; bomLength: number },
  delimiter: string,
  width: number,
  stats: CsvStats,
  options: CsvReadOptions,
): AsyncGenerator<CsvRow[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_ROWS;
  const splitter = new CsvSplitter(delimiter);
  let headerSeen = false;
  let batch: CsvRow[] = [];
  let bytes = detected.bomLength;
  const onRow = (cells: string[], line: number) => {
    if (isBlank(cells)) {
      if (headerSeen) stats.blankLines++;
      return;
    }
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    const row = ++stats.records;
    if (cells.length !== width) countRagged(stats, row, cells.length < width);
    batch.push({ row, line, cells });
  };
  const decoder = new TextDecoder(detected.encoding);
  const stream = createReadStream(path, { start: detected.bomLength, highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      splitter.push(decoder.decode(chunk as Buffer, { stream: true }), onRow);
      options.onBytes?.(bytes);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    splitter.push(decoder.decode(), onRow);
    splitter.end(onRow);
  } catch (error) {
    if (error instanceof KemptError) {
      error.location.file = path;
      throw error;
    }
    throw fileError(path, error);
  }
  if (batch.length > 0) yield batch;
}

function countRagged(stats: CsvStats, row: number, short: boolean): void {
  if (short) stats.shortRows++;
  else stats.longRows++;
  if (stats.raggedExamples.length < 10) stats.raggedExamples.push(row);
}
