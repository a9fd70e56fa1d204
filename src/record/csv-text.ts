/**
 * A CSV export held in memory (an import sent to the API) as records: the delimiter sniffed, the
 * headers recognised as for files, blank cells left out (a blank cell is not a value to write).
 */

import { KemptError } from '../errors.ts';
import { CsvSplitter } from '../io/csv/parse.ts';
import { sniffDelimiter } from '../io/csv/sniff.ts';
import { mapColumns } from './mapping.ts';
import { type RowRecord, rowToRecord, withoutBlanks } from './view.ts';

export function recordsFromCsvText(text: string, maxRows = Number.POSITIVE_INFINITY): RowRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const splitter = new CsvSplitter(sniffDelimiter(body));
  const rows: string[][] = [];
  const take = (cells: string[]) => {
    if (cells.length === 1 && cells[0] === '') return;
    rows.push(cells);
    if (rows.length > maxRows + 1)
      throw new KemptError(
        'usage',
        `The CSV has more than ${maxRows} rows; send it in parts or use kempt import.`,
      );
  };
  splitter.push(body, take);
  splitter.end(take);
  const header = rows.shift();
  if (!header || header.every((h) => h.trim() === ''))
    throw new KemptError('usage', 'The CSV is empty: a header row naming the columns is needed.');
  const toRecord = rowToRecord(mapColumns(header.map((h) => h.trim())));
  return rows.map((cells) => withoutBlanks(toRecord(cells)));
}
