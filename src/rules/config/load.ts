/**
 * Reading a config file: YAML syntax errors, schema errors and cross-checks are collected in one
 * pass and each placed at a line and column, so one run of `kempt config check` lists everything.
 */

import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { KemptError } from '../../errors.ts';
import { errorMap, type RawConfigError, translateIssues } from './issues.ts';
import { locate, pathAt } from './locate.ts';
import { configSchema, type ResolvedConfig } from './schema.ts';
import { isRecord } from './zod-kit.ts';

export interface ConfigError {
  /** Where in the config, e.g. `fields.email.rules[2].action`; empty for the file as a whole. */
  path: string;
  line: number;
  column: number;
  /** What is wrong and how to fix it. */
  message: string;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; errors: ConfigError[] };
export type ValidationResult =
  | { ok: true; config: ResolvedConfig }
  | { ok: false; errors: { path: PropertyKey[]; message: string; atKey: boolean }[] };

// Far above any real config; the bound keeps an accidental multi-megabyte file from being parsed.
const MAX_CONFIG_BYTES = 1_000_000;
// A YAML alias can stand for a whole section; many aliases of aliases expand exponentially.
const MAX_ALIASES = 100;

/** Validates config data already parsed (e.g. JSON from an API); paths are not mapped to lines. */
export function validateConfig(data: unknown): ValidationResult {
  const result = configSchema.safeParse(data, { error: errorMap, reportInput: true });
  if (result.success) return { ok: true, config: inWrittenOrder(result.data, data) };
  return { ok: false, errors: translateIssues(result.error.issues) };
}

/**
 * The schema lists fields and finding codes in its own order; people read their config (and
 * `kempt rules explain`) in the order they wrote it, so the resolved maps take that order back.
 */
function inWrittenOrder(config: ResolvedConfig, data: unknown): ResolvedConfig {
  if (!isRecord(data)) return config;
  const written = [
    ...Object.keys(isRecord(data.fields) ? data.fields : {}),
    ...Object.keys(isRecord(data.custom_fields) ? data.custom_fields : {}).map((c) => `custom.${c}`),
  ];
  const fields: ResolvedConfig['fields'] = {};
  for (const ref of written) {
    const field = config.fields[ref as keyof ResolvedConfig['fields']];
    if (field === undefined) continue;
    fields[ref as keyof ResolvedConfig['fields']] = field;
    const raw = rawField(data, ref);
    field.rules.forEach((rule, i) => {
      const rawChecks = raw?.rules?.[i]?.checks;
      if (rule.type !== 'field_check' || !isRecord(rawChecks)) return;
      const ordered: Record<string, (typeof rule.checks)[string]> = {};
      for (const code of Object.keys(rawChecks)) if (code in rule.checks) ordered[code] = rule.checks[code]!;
      rule.checks = ordered;
    });
  }
  return { ...config, fields };
}

function rawField(
  data: Record<string, unknown>,
  ref: string,
): { rules?: { checks?: unknown }[] } | undefined {
  const section = ref.startsWith('custom.') ? data.custom_fields : data.fields;
  const name = ref.startsWith('custom.') ? ref.slice('custom.'.length) : ref;
  const raw = isRecord(section) ? section[name] : undefined;
  return isRecord(raw) ? (raw as { rules?: { checks?: unknown }[] }) : undefined;
}

/** Parses and validates config text; every problem is reported, each with its line and column. */
export function parseConfig(text: string, sourceName: string): ConfigResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const errors: ConfigError[] = doc.errors.map((e) => ({
    path: formatPath(pathAt(doc, e.pos[0])),
    ...at(e.pos[0]),
    message: yamlMessage(e.code, e.message),
  }));
  if (doc.contents === null) {
    if (errors.length === 0)
      errors.push({
        path: '',
        ...at(0),
        message: `${sourceName} is empty: start it with "version: 1" and add fields, rules and automations (kempt ships a complete example in config/kempt.config.yaml).`,
      });
    return { ok: false, errors };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    errors.push({
      path: '',
      ...at(0),
      message: `${sourceName} could not be read as YAML: ${(error as Error).message}.`,
    });
    return { ok: false, errors };
  }
  const result = validateConfig(data);
  if (result.ok && errors.length === 0) return result;
  if (!result.ok)
    errors.push(
      ...trustworthy(
        result.errors.map((e) => placed(e, doc, lines)),
        errors,
      ),
    );
  return { ok: false, errors: sortAndDedupe(errors) };
}

/**
 * After a syntax error the parser guesses the structure, and schema errors about the guessed part
 * would send the reader after problems that are not there. Schema errors above the first syntax
 * error are kept, with one line of margin because the culprit is often the line above (a missing
 * colon); the syntax error then says that checking resumes once it is fixed.
 */
function trustworthy(schemaErrors: ConfigError[], yamlErrors: ConfigError[]): ConfigError[] {
  const syntax = yamlErrors.filter((e) => !e.message.startsWith(DUPLICATE_KEY_MESSAGE));
  if (syntax.length === 0) return schemaErrors;
  const first = syntax.reduce((a, b) => (b.line < a.line ? b : a));
  const kept = schemaErrors.filter((e) => e.line < first.line - 1);
  if (kept.length < schemaErrors.length)
    first.message += ' The rest of the file is checked once this is fixed.';
  return kept;
}

function placed(e: RawConfigError, doc: ReturnType<typeof parseDocument>, lines: LineCounter): ConfigError {
  return { path: formatPath(e.path), ...locate(doc, lines, e.path, e.atKey), message: e.message };
}

/** Reads, validates and resolves a config file; throws an `InvalidConfigError` listing every problem. */
export function loadConfigOrThrow(path: string): ResolvedConfig {
  const text = readConfigFileOrThrow(path);
  const result = parseConfig(text, path);
  if (!result.ok) throw new InvalidConfigError(path, result.errors);
  return result.config;
}

/** The text of a config file: not found, unreadable (a folder, no permission) and too large are clear errors. */
export function readConfigFileOrThrow(path: string): string {
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES)
      throw new KemptError('usage', `${path} is larger than 1 MB; a kempt config is a few kilobytes.`, {
        file: path,
      });
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof KemptError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new KemptError(
        'file_not_found',
        `config file not found: ${path}`,
        { file: path },
        'Check the path, or start from config/kempt.config.yaml.',
      );
    throw new KemptError('file_unreadable', `cannot read config file ${path}: ${(error as Error).message}`, {
      file: path,
    });
  }
}

/** A config with errors; `errors` holds each one with its location. */
export class InvalidConfigError extends KemptError {
  readonly errors: readonly ConfigError[];

  constructor(file: string, errors: readonly ConfigError[]) {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    super(
      'config_invalid',
      `${file} has ${count}:\n${errors.map((e) => `  ${formatConfigError(e, file)}`).join('\n')}`,
      { file },
      'Fix the lines listed, then run `kempt config check` again.',
    );
    this.name = 'InvalidConfigError';
    this.errors = errors;
  }
}

/** `kempt.config.yaml:12:7 fields.email.rules[1].action: …`, the form editors and terminals link. */
export function formatConfigError(e: ConfigError, sourceName: string): string {
  const where = e.path === '' ? '' : ` ${e.path}:`;
  return `${sourceName}:${e.line}:${e.column}${where} ${e.message}`;
}

/** `fields.email.checks["email.role"]`: dotted where names allow, bracketed where they do not. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(seg)))
      out += out === '' ? String(seg) : `.${String(seg)}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

const DUPLICATE_KEY_MESSAGE = 'this key appears twice in the same section';

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY')
    return `${DUPLICATE_KEY_MESSAGE}, and only one can count. Merge the two into one.`;
  if (code === 'TAB_AS_INDENT')
    return 'a tab is used for indentation; YAML allows only spaces. Replace tabs with spaces.';
  return `YAML syntax: ${message.replace(/\.$/, '')}. Check the indentation (children two spaces under their parent) and that quotes and brackets are closed.`;
}

function sortAndDedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((e) => {
      const key = `${e.line}:${e.column}:${e.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
