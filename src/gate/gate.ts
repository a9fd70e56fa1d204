/**
 * The gate: the one function every record passes, whatever channel it comes through.
 *
 *   gate.check(record, { channel, actor }) → Decision { action, record, findings, changes, duplicates }
 *
 * Steps, in order: the country (other fields read it), every other field under its rules (fixes
 * applied, each finding given its action), then — unless a block rule fired — the automations in
 * the order written, then the required fields and record rules on the record as it now stands (so a
 * default an automation fills satisfies a requirement), then the duplicate port, if one is plugged
 * in. The config is compiled once per channel; a field value seen before costs a memo lookup (see
 * memo.ts), and `checkMany` runs a batch column by column for files.
 */

import { countryCode } from '../fields/country/index.ts';
import { CONTACT_FIELDS } from '../record/fields.ts';
import type {
  Automation,
  Channel,
  FallbackAction,
  FieldRef,
  RecordRule,
  ResolvedConfig,
  Step,
} from '../rules/config/index.ts';
import { DERIVATIONS } from '../rules/config/index.ts';
import { compileWhen, isFilled, type RecordTest } from './conditions.ts';
import { derive } from './derive.ts';
import { compileFieldPlan, type FieldPlan } from './field-plan.ts';
import type { MemoPolicy } from './memo.ts';
import {
  ACTION_RANK,
  type Change,
  type Decision,
  type DecisionAction,
  type DuplicateCandidate,
  type DuplicatePort,
  type FieldOutcome,
  type GateContext,
  type GateFinding,
  type GateRecord,
  NONE,
  severityOfAction,
  worstRank,
} from './types.ts';

export interface GateOptions {
  /** The clock dates are judged against; default: now. */
  now?: Date;
  memo?: MemoPolicy;
  /** Duplicate matching (the duplicate finder); asked about every record that is not rejected. */
  duplicates?: DuplicatePort;
}

export interface Gate {
  readonly config: ResolvedConfig;
  check(record: GateRecord, ctx: GateContext): Decision;
  /**
   * `check` for many records at once (a file's batch): the same decisions, faster. With `owned`, the
   * records are the gate's to change (rows built for this call that nobody else holds): fixes are
   * written into them instead of into copies, and each decision's `record` is the object passed in.
   */
  checkMany(records: readonly GateRecord[], ctx: GateContext, options?: { owned?: boolean }): Decision[];
}

const RANK_ACTION: readonly DecisionAction[] = ['accept', 'accept', 'quarantine', 'reject'];

interface ChannelPlan {
  defaultCountry: string | undefined;
  /** The fields checked on this channel, the country first when it is checked. */
  slots: FieldPlan[];
  fields: FieldRef[];
  hasCountry: boolean;
  slotOf: Map<FieldRef, number>;
  required: FieldPlan[];
  recordRules: { rule: RecordRule; when: RecordTest }[];
  automations: { when: RecordTest; steps: ((draft: Draft) => void)[] }[];
}

export function createGate(config: ResolvedConfig, options: GateOptions = {}): Gate {
  const now = options.now ?? new Date();
  const plans = new Map<Channel, ChannelPlan>();
  const turns = new Map<string, number>();

  function compile(channel: Channel): ChannelPlan {
    const planOptions = options.memo ? { now, memo: options.memo } : { now };
    const configured = Object.keys(config.fields) as FieldRef[];
    const order: FieldRef[] = [
      'country',
      ...CONTACT_FIELDS.filter((f) => f !== 'id' && f !== 'country'),
      ...configured.filter((f) => f.startsWith('custom.')),
    ];
    const slots: FieldPlan[] = [];
    for (const field of order) {
      const plan = compileFieldPlan(field, config.fields[field], channel, planOptions);
      if (plan) slots.push(plan);
    }
    const fields = slots.map((p) => p.field);
    return {
      defaultCountry: config.channels[channel].default_country,
      slots,
      fields,
      hasCountry: fields[0] === 'country',
      slotOf: new Map(fields.map((f, i) => [f, i])),
      required: slots.filter((p) => p.required !== undefined),
      recordRules: config.record_rules
        .filter((r) => r.channels.includes(channel))
        .map((rule) => ({ rule, when: compileWhen(rule.when) })),
      automations: config.automations
        .filter((a) => a.channels.includes(channel))
        .map((automation) => ({
          when: compileWhen(automation.when),
          steps: automation.steps.map((step, i) => compileStep(automation, step, i)),
        })),
    };
  }

  function planFor(channel: Channel): ChannelPlan {
    let plan = plans.get(channel);
    if (!plan) {
      plan = compile(channel);
      plans.set(channel, plan);
    }
    return plan;
  }

  function check(record: GateRecord, ctx: GateContext): Decision {
    return checkMany([record], ctx)[0]!;
  }

  /**
   * The same decisions as `check` on each record, with the field checks run column by column: one
   * field module over the whole batch, then the next. The checks of one field stay hot in the CPU's
   * caches that way, which makes a file noticeably faster than record by record.
   */
  function checkMany(
    records: readonly GateRecord[],
    ctx: GateContext,
    options: { owned?: boolean } = {},
  ): Decision[] {
    const plan = planFor(ctx.channel);
    const { slots } = plan;
    const n = records.length;
    const all: (FieldOutcome | undefined)[][] = new Array(n);
    const countries: (string | undefined)[] = new Array(n);
    for (let r = 0; r < n; r++) {
      all[r] = new Array(slots.length);
      countries[r] = plan.defaultCountry;
    }
    for (let i = 0; i < slots.length; i++) {
      const p = slots[i]!;
      const learnsCountry = i === 0 && plan.hasCountry;
      for (let r = 0; r < n; r++) {
        const value = records[r]![p.field];
        if (value === undefined || value === '' || !isFilled(value)) continue;
        const o = p.evaluate(value, countries[r]);
        all[r]![i] = o;
        if (learnsCountry) countries[r] = countryOf(o) ?? countries[r];
      }
    }
    const decisions: Decision[] = new Array(n);
    const owned = options.owned === true;
    for (let r = 0; r < n; r++) decisions[r] = finish(plan, records[r]!, all[r]!, countries[r], ctx, owned);
    return decisions;
  }

  /** Everything after the field checks: fixes applied, automations, requirements, the decision. */
  function finish(
    plan: ChannelPlan,
    record: GateRecord,
    outcomes: (FieldOutcome | undefined)[],
    country: string | undefined,
    ctx: GateContext,
    owned = false,
  ): Decision {
    const { slots } = plan;
    const changes: Change[] = [];
    let out = record;
    // A record the gate owns is written in place; the caller's own record is copied on first write.
    const original = owned ? null : record;
    let worst = 0;
    for (let i = 0; i < slots.length; i++) {
      const o = outcomes[i];
      if (o === undefined) continue;
      if (o.rank > worst) worst = o.rank;
      if (o.change !== undefined) {
        const field = slots[i]!.field;
        const before = record[field]!;
        if (out === original) out = { ...record };
        out[field] = o.value;
        const { code, reason, ruleId } = o.change;
        changes.push({ field, before, after: o.value, code, reason, ruleId, confidence: 1 });
      }
    }

    const draft = new Draft(plan, out, original, outcomes, changes, country);
    // A block stops the record at the door: nothing is filled in for a record that is turned away.
    if (worst < ACTION_RANK.block && plan.automations.length > 0) runAutomations(plan, draft);
    for (const p of plan.required)
      if (!isFilled(draft.record[p.field])) draft.flag(requiredFinding(p.field, p.required!, ctx.channel));
    for (const { rule, when } of plan.recordRules) {
      if (!when(draft)) continue;
      const finding = recordRuleFinding(rule, draft.record);
      if (finding) draft.flag(finding);
    }
    // Duplicates are looked for on the record as it will be stored, and not for one turned away.
    let duplicates: readonly DuplicateCandidate[] = NONE;
    if (options.duplicates && worst < ACTION_RANK.block) {
      duplicates = options.duplicates.findMatches(draft.record, ctx);
      if (duplicates.length > 0) draft.flag(duplicateFinding(duplicates));
    }
    // Judged on the final values: an automation may have replaced a value that had a problem.
    if (draft.current !== outcomes) {
      worst = 0;
      for (const o of draft.current) if (o !== undefined && o.rank > worst) worst = o.rank;
    }
    worst = worstRank(draft.extra, worst);
    const action: DecisionAction =
      worst >= ACTION_RANK.quarantine ? RANK_ACTION[worst]! : draft.changes.length > 0 ? 'fix' : 'accept';
    return new GateDecision(action, draft, plan.fields, outcomes, duplicates);
  }

  function runAutomations(plan: ChannelPlan, draft: Draft): void {
    for (const { when, steps } of plan.automations) {
      if (!when(draft)) continue;
      for (const step of steps) step(draft);
    }
  }

  /** A step compiled once: its reason text, its round-robin counter and its branch are fixed. */
  function compileStep(automation: Automation, step: Step, index: number): (draft: Draft) => void {
    const id = automation.id;
    const why = (reason: string) => automation.description ?? reason;
    switch (step.type) {
      case 'set': {
        const reason = why(`${step.field} set to "${step.value}"`);
        return (draft) => draft.write(step.field, step.value, 'automation.set', reason, id);
      }
      case 'default': {
        const reason = why(`${step.field} was empty; set to "${step.value}"`);
        return (draft) => {
          if (!isFilled(draft.record[step.field]))
            draft.write(step.field, step.value, 'automation.default', reason, id);
        };
      }
      case 'derive': {
        const reason = why(
          `${step.into} derived from ${DERIVATIONS[step.derivation].from} (${step.derivation})`,
        );
        return (draft) => {
          if (!step.overwrite && isFilled(draft.record[step.into])) return;
          const derived = derive(step.derivation, draft.outcome(step.from)?.analysis);
          if (derived !== undefined)
            draft.write(step.into, derived.value, 'automation.derive', reason, id, derived.confidence);
        };
      }
      case 'assign_owner': {
        const reason = why(`owner assigned (${step.strategy.replace('_', ' ')})`);
        const key = `${id}#${index}`;
        return (draft) => {
          if (!step.overwrite && isFilled(draft.record.owner)) return;
          let owner: string | undefined;
          if (step.strategy === 'round_robin') {
            // One counter per step for the gate's lifetime, whatever the channel: owners take turns.
            const turn = turns.get(key) ?? 0;
            turns.set(key, turn + 1);
            owner = step.owners[turn % step.owners.length];
          } else {
            owner =
              (draft.country !== undefined ? step.territories[draft.country] : undefined) ?? step.otherwise;
          }
          if (owner !== undefined) draft.write('owner', owner, 'automation.assign_owner', reason, id);
        };
      }
      case 'tag':
        return (draft) => {
          for (const tag of step.tags) if (!draft.tags.includes(tag)) draft.tags = [...draft.tags, tag];
        };
      case 'flag_for_review':
        return (draft) => {
          draft.review = [...draft.review, step.reason];
          draft.flag({
            code: 'review.flagged',
            field: 'record',
            severity: 'warning',
            message: step.reason,
            action: 'warn',
            ruleId: id,
          });
        };
    }
  }

  return { config, check, checkMany };
}

/** The ISO code a country outcome names; a plain picklist of countries learns none, the value may. */
function countryOf(o: FieldOutcome): string | undefined {
  const code = o.analysis?.facts.code ?? countryCode(o.value);
  return typeof code === 'string' ? code : undefined;
}

/** The record while automations work on it: copy-on-write, every write standardized and recorded. */
class Draft {
  record: GateRecord;
  /** Outcomes of the values as they now stand (the input outcomes until an automation writes). */
  current: (FieldOutcome | undefined)[];
  readonly changes: Change[];
  country: string | undefined;
  // Most records get no extra finding, tag or review reason: the empty lists are shared (and frozen).
  extra: readonly GateFinding[] = NONE;
  tags: readonly string[] = NONE;
  review: readonly string[] = NONE;
  readonly #plan: ChannelPlan;
  /** The caller's record, never written to (null: the record is the gate's to change in place). */
  readonly #original: GateRecord | null;
  readonly #outcomes: (FieldOutcome | undefined)[];

  constructor(
    plan: ChannelPlan,
    record: GateRecord,
    original: GateRecord | null,
    outcomes: (FieldOutcome | undefined)[],
    changes: Change[],
    country: string | undefined,
  ) {
    this.#plan = plan;
    this.record = record;
    this.#original = original;
    this.current = outcomes;
    this.#outcomes = outcomes;
    this.changes = changes;
    this.country = country;
  }

  flag(finding: GateFinding): void {
    if (this.extra === NONE) this.extra = [finding];
    else (this.extra as GateFinding[]).push(finding);
  }

  outcome(field: FieldRef): FieldOutcome | undefined {
    const slot = this.#plan.slotOf.get(field);
    return slot === undefined ? undefined : this.current[slot];
  }

  write(field: FieldRef, raw: string, code: string, reason: string, ruleId: string, confidence = 1) {
    const slot = this.#plan.slotOf.get(field);
    const plan = slot === undefined ? undefined : this.#plan.slots[slot];
    // The value an automation writes is standardized like any other (a country name, a picklist label).
    const outcome = plan && isFilled(raw) ? plan.evaluate(raw, this.country) : undefined;
    const value = outcome ? outcome.value : raw;
    const before = this.record[field] ?? '';
    if (value === before) return;
    if (this.record === this.#original) this.record = { ...this.record };
    this.record[field] = value;
    if (slot !== undefined) {
      if (this.current === this.#outcomes) this.current = this.current.slice();
      this.current[slot] = outcome;
    }
    if (field === 'country' && outcome) this.country = countryOf(outcome) ?? this.country;
    this.changes.push({ field, before, after: value, code, reason, ruleId, confidence });
  }
}

/** A decision; the flat list of findings is built only when somebody reads it. */
class GateDecision implements Decision {
  readonly action: DecisionAction;
  readonly record: GateRecord;
  readonly changes: Change[];
  readonly #tags: readonly string[];
  readonly #review: readonly string[];
  readonly country: string | undefined;
  readonly duplicates: readonly DuplicateCandidate[];
  readonly fields: readonly FieldRef[];
  readonly outcomes: readonly (FieldOutcome | undefined)[];
  readonly #current: readonly (FieldOutcome | undefined)[];
  readonly #extra: readonly GateFinding[];
  #findings: GateFinding[] | undefined;

  constructor(
    action: DecisionAction,
    draft: Draft,
    fields: readonly FieldRef[],
    outcomes: readonly (FieldOutcome | undefined)[],
    duplicates: readonly DuplicateCandidate[],
  ) {
    this.action = action;
    this.duplicates = duplicates;
    this.record = draft.record;
    this.changes = draft.changes;
    this.#tags = draft.tags;
    this.#review = draft.review;
    this.country = draft.country;
    this.fields = fields;
    this.outcomes = outcomes;
    this.#current = draft.current;
    this.#extra = draft.extra;
  }

  get tags(): string[] {
    return [...this.#tags];
  }

  get review(): string[] {
    return [...this.#review];
  }

  get findings(): GateFinding[] {
    if (this.#findings === undefined) {
      const all: GateFinding[] = [];
      for (const o of this.#current) if (o !== undefined) for (const f of o.findings) all.push(f);
      for (const f of this.#extra) all.push(f);
      this.#findings = all;
    }
    return this.#findings;
  }

  toJSON() {
    const { action, record, findings, changes, tags, review, country, duplicates } = this;
    return { action, record, findings, changes, tags, review, country, duplicates };
  }
}

const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
  form: 'on the web form',
  api: 'through the API',
  import: 'in an import',
  sync: 'in a CRM sync',
  cli: 'here',
};

function requiredFinding(field: FieldRef, action: FallbackAction, channel: Channel): GateFinding {
  return {
    code: 'required.missing',
    field,
    severity: severityOfAction(action),
    message: `${field} is required ${CHANNEL_WORDS[channel]}.`,
    action,
    ruleId: `${field}.required`,
  };
}

/**
 * What a suspected duplicate means is decided by the duplicate rules of the service (block, alert,
 * report, merge); the gate records the suspicion as information.
 */
function duplicateFinding(candidates: readonly DuplicateCandidate[]): GateFinding {
  const best = candidates[0]!;
  const more = candidates.length > 1 ? ` and ${candidates.length - 1} more` : '';
  return {
    code: 'duplicate.suspected',
    field: 'record',
    severity: 'info',
    message: `May duplicate record ${best.id} (match probability ${best.score.toFixed(2)})${more}.`,
  };
}

function recordRuleFinding(rule: RecordRule, record: GateRecord): GateFinding | undefined {
  // Most records meet the rule: find that out without building anything.
  // Indexed loops: the profile showed these for-of loops allocating an iterator per record.
  let met = true;
  const { require: all, require_any: any } = rule;
  for (let i = 0; i < all.length; i++) if (!isFilled(record[all[i]!])) met = false;
  if (met && any.length > 0) {
    met = false;
    for (let i = 0; i < any.length; i++) if (isFilled(record[any[i]!])) met = true;
  }
  if (met) return undefined;
  const missing = rule.require.filter((f) => !isFilled(record[f]));
  const none = rule.require_any.length > 0 && !rule.require_any.some((f) => isFilled(record[f]));
  if (missing.length === 0 && !none) return undefined;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`);
  if (none) parts.push(`one of ${rule.require_any.join(', ')} is needed`);
  return {
    code: 'record.incomplete',
    field: missing[0] ?? rule.require_any[0] ?? 'record',
    severity: severityOfAction(rule.action),
    message: rule.message ?? `${parts.join('; ')}.`,
    action: rule.action,
    ruleId: rule.id,
  };
}
