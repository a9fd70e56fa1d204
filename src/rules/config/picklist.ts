/**
 * Picklist rules: the built-in lists a rule can start from, the merge of a rule's own values into
 * them, and the checks that every spelling means exactly one value. Spellings are compared the way
 * the picklist analyzer compares them (foldPicklistKey), so what passes here cannot make the
 * analyzer throw later.
 */

import { countryCode, countryName } from '../../fields/country/index.ts';
import type { PicklistOption } from '../../fields/picklist/index.ts';
import {
  foldPicklistKey,
  LEAD_SOURCE_OPTIONS,
  LIFECYCLE_STAGE_OPTIONS,
} from '../../fields/picklist/index.ts';
import type { PicklistPreset } from './vocabulary.ts';

export interface PicklistEntry {
  value: string;
  label?: string | undefined;
  synonyms?: readonly string[] | undefined;
}

export interface PicklistInput {
  preset?: PicklistPreset | undefined;
  values?: readonly (string | PicklistEntry)[] | undefined;
  case_sensitive?: boolean | undefined;
}

export interface Problem {
  path: PropertyKey[];
  message: string;
}

const LIST_PRESETS: Readonly<Record<string, readonly PicklistOption[]>> = {
  lead_source: LEAD_SOURCE_OPTIONS,
  lifecycle_stage: LIFECYCLE_STAGE_OPTIONS,
};

export function entryOf(raw: string | PicklistEntry): PicklistEntry {
  return typeof raw === 'string' ? { value: raw } : raw;
}

interface Claim {
  option: PicklistOption;
  /** Where the claim was written: a path in the config, or undefined for the built-in list. */
  where: PropertyKey[] | undefined;
  hint: boolean;
}

/**
 * The complete allowed list of a rule: the preset's options with the rule's values merged in
 * (a value naming a preset option adds synonyms to it, any other value is a new option).
 * For the country preset only the rule's own entries are returned, keyed by alpha-2 code: the
 * country module already knows every country's names.
 */
export function picklistOptions(input: PicklistInput): PicklistOption[] {
  return new PicklistBuilder(input).build().options;
}

/** Everything wrong with a rule's values: unknown countries, values listed twice, spellings claimed twice. */
export function picklistProblems(input: PicklistInput): Problem[] {
  return new PicklistBuilder(input).build().problems;
}

/** Whether `value` names one of the rule's options exactly (any spelling of its value or label). */
export function isAllowedValue(input: PicklistInput, value: string): boolean {
  if (input.preset === 'country' && countryCode(value) !== undefined) return true;
  const fold = (s: string) => foldPicklistKey(s, input.case_sensitive ?? false);
  const key = fold(value);
  return picklistOptions(input).some((o) => fold(o.value) === key || fold(o.label ?? o.value) === key);
}

/** The allowed values as a RevOps person would read them, for messages. */
export function describeAllowed(input: PicklistInput): string {
  if (input.preset === 'country')
    return 'a country (ISO code such as "DE" or English name such as "Germany")';
  const labels = picklistOptions(input).map((o) => `"${o.label ?? o.value}"`);
  return labels.length > 12 ? `${labels.slice(0, 12).join(', ')}…` : labels.join(', ');
}

class PicklistBuilder {
  private readonly fold: (s: string) => string;
  private readonly claims = new Map<string, Claim>();
  private readonly options: PicklistOption[] = [];
  private readonly problems: Problem[] = [];
  private readonly input: PicklistInput;

  constructor(input: PicklistInput) {
    this.input = input;
    const caseSensitive = input.case_sensitive ?? false;
    this.fold = (s) => foldPicklistKey(s, caseSensitive);
  }

  build(): { options: PicklistOption[]; problems: Problem[] } {
    const preset = this.input.preset === undefined ? undefined : LIST_PRESETS[this.input.preset];
    for (const option of preset ?? []) this.addPreset(option);
    (this.input.values ?? []).forEach((raw, i) => {
      this.addEntry(entryOf(raw), ['values', i], typeof raw === 'string');
    });
    return { options: this.options, problems: this.problems };
  }

  private addPreset(option: PicklistOption): void {
    const copy: PicklistOption = {
      ...option,
      synonyms: [...(option.synonyms ?? [])],
      hints: [...(option.hints ?? [])],
    };
    this.options.push(copy);
    for (const s of [copy.value, copy.label ?? copy.value, ...(copy.synonyms ?? [])])
      this.claims.set(this.fold(s), { option: copy, where: undefined, hint: false });
    for (const s of copy.hints ?? [])
      this.claims.set(this.fold(s), { option: copy, where: undefined, hint: true });
  }

  private addEntry(entry: PicklistEntry, at: PropertyKey[], bare: boolean): void {
    const valuePath = bare ? at : [...at, 'value'];
    const option = this.optionFor(entry, valuePath);
    if (option === undefined) return;
    if (entry.label !== undefined) {
      option.label = entry.label;
      this.claimSpelling(entry.label, option, [...at, 'label']);
    }
    (entry.synonyms ?? []).forEach((s, j) => {
      this.claimSpelling(s, option, [...at, 'synonyms', j]);
    });
  }

  /** The option an entry extends or creates; undefined (with a problem) when it cannot be placed. */
  private optionFor(entry: PicklistEntry, path: PropertyKey[]): PicklistOption | undefined {
    const value = this.canonicalValue(entry.value, path);
    if (value === undefined) return undefined;
    const key = this.fold(value);
    if (key === '') {
      this.problem(
        path,
        `"${entry.value}" has no letters or digits, so it cannot be told apart from other values.`,
      );
      return undefined;
    }
    const claim = this.claims.get(key);
    if (claim === undefined) {
      const option: PicklistOption = { value, synonyms: [], hints: [] };
      this.options.push(option);
      this.claims.set(key, { option, where: path, hint: false });
      return option;
    }
    if (claim.where !== undefined) {
      this.problem(
        path,
        `"${entry.value}" is listed twice (also at ${pathText(claim.where)}). Keep one entry and put all its synonyms there.`,
      );
      return undefined;
    }
    const isValue = [claim.option.value, claim.option.label ?? claim.option.value].some(
      (s) => this.fold(s) === key,
    );
    if (claim.hint || !isValue) {
      this.problem(
        path,
        `"${entry.value}" already means "${claim.option.label ?? claim.option.value}" in the built-in ${this.input.preset} list. Use "${claim.option.label ?? claim.option.value}" as the value, or drop the preset and list every value yourself.`,
      );
      return undefined;
    }
    claim.where = path;
    return claim.option;
  }

  /** Country entries are stored by alpha-2 code; other values as written. */
  private canonicalValue(value: string, path: PropertyKey[]): string | undefined {
    if (this.input.preset !== 'country') return value;
    const code = countryCode(value);
    if (code === undefined)
      this.problem(
        path,
        `"${value}" is not a country kempt recognises. Write its ISO code ("DE") or English name ("Germany").`,
      );
    return code;
  }

  private claimSpelling(spelling: string, option: PicklistOption, path: PropertyKey[]): void {
    const key = this.fold(spelling);
    if (key === '') {
      this.problem(path, `"${spelling}" has no letters or digits, so it cannot be matched. Remove it.`);
      return;
    }
    if (this.input.preset === 'country') {
      const code = countryCode(spelling);
      if (code !== undefined && code !== option.value) {
        this.problem(
          path,
          `"${spelling}" already means ${countryName(code) ?? code} (${code}); one spelling can stand for only one value. Remove it here.`,
        );
        return;
      }
    }
    const claim = this.claims.get(key);
    if (claim === undefined || claim.option === option) {
      if (claim?.hint) option.hints = (option.hints ?? []).filter((h) => this.fold(h) !== key);
      option.synonyms = [...(option.synonyms ?? []), spelling];
      this.claims.set(key, { option, where: path, hint: false });
      return;
    }
    const other = claim.option.label ?? claim.option.value;
    const where =
      claim.where === undefined ? `the built-in ${this.input.preset} list` : pathText(claim.where);
    this.problem(
      path,
      `"${spelling}" already stands for "${other}" (${where}); one spelling can map to only one value. Remove it from one of them.`,
    );
  }

  private problem(path: PropertyKey[], message: string): void {
    this.problems.push({ path, message });
  }
}

/** `values[2].synonyms[0]`: a path relative to the rule, for messages. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path)
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out;
}
