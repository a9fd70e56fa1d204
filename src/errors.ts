/**
 * The one error type of kempt. Every failure a user can cause has a code; the edges (CLI exit codes,
 * HTTP statuses) map codes to their own vocabulary in one table each, so no channel invents its own.
 */

export type KemptErrorCode =
  | 'usage'
  | 'file_not_found'
  | 'file_unreadable'
  | 'file_empty'
  | 'not_csv'
  | 'csv_malformed'
  | 'encoding_unsupported'
  | 'mapping_invalid'
  | 'config_invalid'
  | 'model_invalid'
  | 'match_input'
  | 'output_unwritable'
  | 'internal';

/** Where in an input the problem is; every part is optional because not every error has all. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  line?: number;
  column?: string;
}

export class KemptError extends Error {
  readonly code: KemptErrorCode;
  readonly location: ErrorLocation;
  /** What the user can do about it. */
  readonly hint: string | undefined;

  constructor(code: KemptErrorCode, message: string, location: ErrorLocation = {}, hint?: string) {
    super(message);
    this.name = 'KemptError';
    this.code = code;
    this.location = location;
    this.hint = hint;
  }
}

export function isKemptError(error: unknown): error is KemptError {
  return error instanceof KemptError;
}

/** "file.csv, row 12 (line 14), column "Email"": the location in words for messages. */
export function describeLocation(loc: ErrorLocation): string {
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.row !== undefined)
    parts.push(loc.line !== undefined ? `row ${loc.row} (line ${loc.line})` : `row ${loc.row}`);
  else if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.column) parts.push(`column "${loc.column}"`);
  return parts.join(', ');
}
