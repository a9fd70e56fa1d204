/**
 * Checks that span several parts of the config: ids unique across rules and automations, values
 * that automations and conditions write or compare against picklists, loops between automations.
 * They run even when other parts are broken, on whichever parts parse on their own.
 */

import { CONTACT_FIELDS, FIELD_KIND, type FieldKind } from '../../record/fields.ts';
import { automationSchema } from './automation-schema.ts';
import { findCycles } from './cycles.ts';
import type { AutomationInput, RuleInput, WhenInput } from './input-types.ts';
import { describeAllowed, isAllowedValue, type PicklistInput, pathText } from './picklist.ts';
import { recordRuleSchema } from './record-rule-schema.ts';
import { ruleSchemaFor } from './rule-schemas.ts';
import { CUSTOM_PREFIX, DERIVATIONS } from './vocabulary.ts';
import { type Ctx, isRecord, report } from './zod-kit.ts';

type Path = PropertyKey[];

export function crossChecks(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  checkDuplicateIds(value, ctx);
  checkPicklistValues(value, collectPicklists(value), ctx);
}

function entries(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Every `id` written in the config, with where. */
function idsWithPaths(config: Record<string, unknown>): [string, Path][] {
  const found: [string, Path][] = [];
  const collect = (item: unknown, path: Path) => {
    if (isRecord(item) && typeof item.id === 'string') found.push([item.id, [...path, 'id']]);
  };
  for (const section of ['fields', 'custom_fields'])
    for (const [name, field] of entries(config[section]))
      items(isRecord(field) ? field.rules : undefined).forEach((r, i) => {
        collect(r, [section, name, 'rules', i]);
      });
  for (const section of ['record_rules', 'automations'])
    items(config[section]).forEach((r, i) => {
      collect(r, [section, i]);
    });
  return found;
}

function checkDuplicateIds(config: Record<string, unknown>, ctx: Ctx): void {
  const first = new Map<string, Path>();
  for (const [id, path] of idsWithPaths(config)) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else
      report(
        ctx,
        path,
        `the id "${id}" is already used at ${pathText(earlier.slice(0, -1))}. Ids must be unique because every finding and change records the id that caused it; rename one of them.`,
      );
  }
}

interface Picklist {
  rule: PicklistInput;
  where: Path;
}

/** The picklist rules that parse, by field name (custom columns as `custom.<column>`). */
function collectPicklists(config: Record<string, unknown>): Map<string, Picklist[]> {
  const out = new Map<string, Picklist[]>();
  const add = (field: string, kind: FieldKind, section: string, name: string, raw: unknown) => {
    items(isRecord(raw) ? raw.rules : undefined).forEach((rule, i) => {
      const parsed = ruleSchemaFor(kind).safeParse(rule);
      if (!parsed.success || (parsed.data as RuleInput).type !== 'picklist') return;
      const list = out.get(field) ?? [];
      list.push({ rule: parsed.data as PicklistInput, where: [section, name, 'rules', i] });
      out.set(field, list);
    });
  };
  for (const [name, raw] of entries(config.fields))
    if ((CONTACT_FIELDS as readonly string[]).includes(name))
      add(name, FIELD_KIND[name as keyof typeof FIELD_KIND], 'fields', name, raw);
  for (const [name, raw] of entries(config.custom_fields))
    add(`${CUSTOM_PREFIX}${name}`, 'text', 'custom_fields', name, raw);
  return out;
}

function checkPicklistValues(
  config: Record<string, unknown>,
  picklists: Map<string, Picklist[]>,
  ctx: Ctx,
): void {
  if (picklists.size === 0) return;
  const check = (field: string, value: unknown, path: Path, verb: string) => {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    for (const p of picklists.get(field) ?? []) {
      if (isAllowedValue(p.rule, String(value))) continue;
      report(
        ctx,
        path,
        `${verb} "${value}", which is not an allowed ${field} value (see the picklist at ${pathText(p.where)}): ${describeAllowed(p.rule)}. Use one of those, or add "${value}" to that picklist.`,
      );
      return;
    }
  };
  items(config.record_rules).forEach((raw, i) => {
    const parsed = recordRuleSchema.safeParse(raw);
    if (parsed.success)
      checkWhen(parsed.data.when as WhenInput | undefined, ['record_rules', i, 'when'], check);
  });
  items(config.automations).forEach((raw, i) => {
    const parsed = automationSchema.safeParse(raw);
    if (!parsed.success) return;
    const a = parsed.data as unknown as AutomationInput;
    checkWhen(a.when, ['automations', i, 'when'], check);
    a.then.forEach((step, j) => {
      for (const verb of ['set', 'default'] as const)
        for (const [field, v] of Object.entries(step[verb] ?? {}))
          check(
            field,
            v,
            ['automations', i, 'then', j, verb, field],
            `this ${verb === 'set' ? 'sets' : 'defaults'} ${field} to`,
          );
    });
  });
}

type Check = (field: string, value: unknown, path: Path, verb: string) => void;

function checkWhen(when: WhenInput | undefined, at: Path, check: Check): void {
  for (const [field, c] of Object.entries(when ?? {})) {
    if (field === 'channel' || c === undefined) continue;
    if (!isRecord(c)) check(field, c, [...at, field], 'this compares with');
    else
      for (const op of ['equals', 'not_equals', 'in', 'not_in'] as const) {
        const v = (c as Record<string, unknown>)[op];
        if (Array.isArray(v))
          v.forEach((x, k) => {
            check(field, x, [...at, field, op, k], 'this compares with');
          });
        else if (v !== undefined) check(field, v, [...at, field, op], 'this compares with');
      }
  }
}

/** Automations that feed each other's conditions; reported at the first one of each loop. */
export function checkCycles(value: unknown, ctx: Ctx): void {
  const parsed: { index: number; automation: AutomationInput }[] = [];
  items(value).forEach((raw, index) => {
    const r = automationSchema.safeParse(raw);
    if (r.success) parsed.push({ index, automation: r.data as unknown as AutomationInput });
  });
  const deps = parsed.map(({ automation: a }) => ({ id: a.id, reads: readsOf(a), writes: writesOf(a) }));
  for (const cycle of findCycles(deps))
    report(
      ctx,
      [parsed[cycle.members[0]!]!.index, 'id'],
      `these automations trigger each other in a loop: ${cycle.description}. Running the gate again could keep changing the record. Merge them into one automation (its steps run in order), or drop the condition on the field the other one sets.`,
    );
}

function readsOf(a: AutomationInput): string[] {
  return Object.keys(a.when ?? {}).filter((k) => k !== 'channel');
}

function writesOf(a: AutomationInput): string[] {
  return a.then.flatMap((step) => {
    if (step.set !== undefined) return Object.keys(step.set);
    if (step.default !== undefined) return Object.keys(step.default);
    if (step.derive !== undefined) return [step.into ?? DERIVATIONS[step.derive].into];
    if (step.assign_owner !== undefined) return ['owner'];
    return [];
  });
}
