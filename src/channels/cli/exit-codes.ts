import type { KemptErrorCode } from '../../errors.ts';

/**
 * Exit codes of the kempt binary (documented in the README):
 * 0 success · 1 the data failed a threshold the user set (--fail-under) · 2 usage error ·
 * 3 the input file cannot be used · 4 the input is malformed · 5 an output cannot be written ·
 * 70 an internal error (a bug: please report it).
 */
export const EXIT = {
  ok: 0,
  threshold: 1,
  usage: 2,
  input: 3,
  malformed: 4,
  output: 5,
  internal: 70,
} as const;

export const EXIT_FOR_ERROR: Readonly<Record<KemptErrorCode, number>> = {
  usage: EXIT.usage,
  mapping_invalid: EXIT.usage,
  config_invalid: EXIT.usage,
  model_invalid: EXIT.usage,
  match_input: EXIT.input,
  encoding_unsupported: EXIT.usage,
  file_not_found: EXIT.input,
  file_unreadable: EXIT.input,
  file_empty: EXIT.input,
  not_csv: EXIT.input,
  csv_malformed: EXIT.malformed,
  output_unwritable: EXIT.output,
  internal: EXIT.internal,
};
