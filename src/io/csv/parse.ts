/**
 * A streaming RFC 4180 row splitter. Written for kempt instead of using csv-parse because the audit
 * budget is 50,000 rows/s end to end: csv-parse measured 85,000 rows/s on a 22-column export on this
 * machine (bench/BENCHMARKS.md), which would leave almost nothing for the checks.
 *
 * Lenient the way spreadsheet programs are: a quote inside an unquoted cell is literal text, and text
 * after a closing quote is appended to the cell. The one unrecoverable problem is a quoted cell that
 * never closes; `end()` reports it with the line on which its row started.
 */

import { KemptError } from '../../errors.ts';

/** `line` is the physical line (1-based) on which the row starts. */
export type RowHandler = (cells: string[], line: number) => void;

const QUOTE = 34;
const CR = 13;
const LF = 10;
const INCOMPLETE = -1;
/** V8 copies substrings shorter than this; longer ones are slices that keep their parent alive. */
const SLICE_MIN = 13;

/**
 * A copy of `value` that does not keep the whole input chunk alive. V8 returns substrings as slices
 * of the parent string; a cell cached by a field module (or kept as an example) would then pin its
 * 1 MB chunk, and at a million rows the pinned chunks add up to hundreds of MB. Concatenation forces
 * a flat copy of just the cell.
 */
function detach(value: string): string {
  return value.length < SLICE_MIN ? value : ` ${value}`.slice(1);
}

export class CsvSplitter {
  readonly #delimiter: number;
  readonly #delimiterChar: string;
  /** Unconsumed text; always starts at the beginning of a row. */
  #buffer = '';
  #line = 1;

  constructor(delimiter: string) {
    if (delimiter.length !== 1) {
      throw new KemptError('usage', `The delimiter must be a single character, got "${delimiter}".`);
    }
    this.#delimiter = delimiter.charCodeAt(0);
    this.#delimiterChar = delimiter;
  }

  /** Feed decoded text; every complete row goes to `onRow`. */
  push(chunk: string, onRow: RowHandler): void {
    const text = this.#buffer === '' ? chunk : this.#buffer + chunk;
    this.#buffer = text.slice(this.#scan(text, onRow, false));
  }

  /** Flush the last row: a file need not end with a line break. */
  end(onRow: RowHandler): void {
    const text = this.#buffer;
    this.#buffer = '';
    if (text !== '' && this.#scan(text, onRow, true) < text.length) {
      throw new KemptError(
        'csv_malformed',
        `A quoted value in the row starting on line ${this.#line} is never closed.`,
        { line: this.#line },
        'Every opening quote (") needs a closing quote; a quote inside a value is written twice ("").',
      );
    }
  }

  /** Emits complete rows and returns the offset of the first row that is not complete. */
  #scan(text: string, onRow: RowHandler, final: boolean): number {
    let rowStart = 0;
    // Most rows hold no quote: they are split natively, which is several times faster than the
    // character loop. `nextQuote` is looked up again only once the scan has passed it.
    let nextQuote = text.indexOf('"');
    let nextCr = text.indexOf('\r');
    while (rowStart < text.length) {
      if (nextQuote >= 0 && nextQuote < rowStart) nextQuote = text.indexOf('"', rowStart);
      if (nextCr >= 0 && nextCr < rowStart) nextCr = text.indexOf('\r', rowStart);
      const lf = text.indexOf('\n', rowStart);
      // A CR anywhere but just before the LF is a lone CR (old Mac line end): the loop handles it.
      if (lf >= 0 && (nextQuote < 0 || nextQuote > lf) && (nextCr < 0 || nextCr >= lf - 1)) {
        const end = lf > rowStart && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
        onRow(detach(text.slice(rowStart, end)).split(this.#delimiterChar), this.#line);
        this.#line++;
        rowStart = lf + 1;
        continue;
      }
      const cells: string[] = [];
      const next = this.#row(text, rowStart, cells, final);
      if (next === INCOMPLETE) return rowStart;
      onRow(cells, this.#line);
      this.#line += 1 + this.#breaksInside(cells);
      rowStart = next;
    }
    return rowStart;
  }

  /** Reads one row starting at `pos` into `cells`; returns where the next row starts, or INCOMPLETE. */
  #row(text: string, start: number, cells: string[], final: boolean): number {
    const n = text.length;
    let pos = start;
    for (;;) {
      let value: string;
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        const close = closingQuote(text, pos);
        // A quote as the last character may be the first half of an escaped "" split across chunks.
        if (close < 0 || (close === n - 1 && !final)) return INCOMPLETE;
        value = text.slice(pos + 1, close);
        value = value.includes('"') ? value.replaceAll('""', '"') : detach(value);
        pos = close + 1;
        const tail = this.#cellEnd(text, pos);
        if (tail > pos) value += text.slice(pos, tail);
        pos = tail;
      } else {
        const end = this.#cellEnd(text, pos);
        value = end - pos < SLICE_MIN ? text.slice(pos, end) : detach(text.slice(pos, end));
        pos = end;
      }
      cells.push(value);
      if (pos >= n) return final ? n : INCOMPLETE;
      const c = text.charCodeAt(pos);
      if (c === this.#delimiter) {
        pos++;
        continue;
      }
      if (c === CR) {
        if (pos + 1 < n) return text.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
        return final ? n : INCOMPLETE; // maybe the CR of a CRLF split across chunks
      }
      return pos + 1; // LF
    }
  }

  /** The next delimiter or line break at or after `pos`, or the end of the text. */
  #cellEnd(text: string, pos: number): number {
    const delim = this.#delimiter;
    const n = text.length;
    for (let i = pos; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === delim || c === LF || c === CR) return i;
    }
    return n;
  }

  #breaksInside(cells: string[]): number {
    let count = 0;
    for (const cell of cells) {
      if (cell.length === 0 || !cell.includes('\n')) continue;
      for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) count++;
    }
    return count;
  }
}

/** Index of the quote that closes the quoted cell opening at `open`, or -1 if the text ends first. */
function closingQuote(text: string, open: number): number {
  let i = open + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0 || q + 1 >= text.length || text.charCodeAt(q + 1) !== QUOTE) return q;
    i = q + 2;
  }
}
