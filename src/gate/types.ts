/**
 * The vocabulary of the gate: what goes in (a record and who sends it through which channel) and
 * what comes out (a Decision). Every channel — CLI, import, API, web form, CRM sync — speaks it.
 */

import type { FieldAnalysis, Finding, Severity } from '../fields/types.ts';
import type { Channel, FallbackAction, FieldRef } from '../rules/config/index.ts';

/** A contact as the gate sees it: canonical fields and `custom.<column>` fields, all text. */
export type GateRecord = Partial<Record<FieldRef, string>>;

export interface GateContext {
  channel: Channel;
  /** Who sends the record (a user, an API key's name, `cli`); recorded on every change. */
  actor?: string;
}

/** A finding with what the config says happens because of it. No action: information only. */
export interface GateFinding extends Finding {
  action?: FallbackAction;
}

/** One field value the gate changed, and why. Every change can be undone by writing `before` back. */
export interface Change {
  field: FieldRef;
  before: string;
  after: string;
  /** What kind of change: `email.standardized`, `picklist.mapped`, `automation.default`, … */
  code: string;
  /** One sentence for the change log. */
  reason: string;
  /** The rule or automation that made it. */
  ruleId: string;
  /**
   * How sure kempt is that `after` is right, 0–1: 1 for a rule's certain fix and for values the
   * config sets; less for a value derived from another field (a work email's domain is usually, not
   * always, the company's website).
   */
  confidence: number;
}

/**
 * What happens to the record: `reject` (a block rule fired; the sender must correct it),
 * `quarantine` (kept aside for a person), `fix` (accepted with changes), `accept` (as it came).
 */
export type DecisionAction = 'accept' | 'fix' | 'quarantine' | 'reject';

// biome-ignore lint/suspicious/noExplicitAny: analyses differ only in their facts
export type AnyAnalysis = FieldAnalysis<any>;

/** An existing record the incoming one may duplicate, as a duplicate finder reports it. */
export interface DuplicateCandidate {
  /** The existing record's id. */
  id: string;
  /** Match probability, 0–1. */
  score: number;
  /** Why, in words (e.g. "same email key", "name and company match"). */
  reasons?: readonly string[];
}

/**
 * Where duplicate matching plugs into the gate. The duplicate finder fills it (an index of the
 * existing records); without one the gate checks no duplicates. Synchronous: the finder answers from
 * memory in milliseconds.
 */
export interface DuplicatePort {
  findMatches(record: GateRecord, ctx: GateContext): readonly DuplicateCandidate[];
}

/** One field's verdict under the config, for one input value (shared, never mutated). */
export interface FieldOutcome {
  /** The field module's analysis of the value as it came in (what the audit counts). */
  readonly analysis: AnyAnalysis | undefined;
  /** The value after the fixes the config applies. */
  readonly value: string;
  /** Findings on the value that goes on, each with its action. */
  readonly findings: readonly GateFinding[];
  /** The fix applied, when `value` differs from the input. */
  readonly change: Omit<Change, 'field' | 'before' | 'after' | 'confidence'> | undefined;
  /** The worst action among the findings: 0 none, then ACTION_RANK. */
  readonly rank: number;
}

export interface Decision {
  readonly action: DecisionAction;
  /** The record as it goes on: fixes and automations applied (the input object when nothing changed). */
  readonly record: GateRecord;
  /** Every finding on the record as it goes on, fields first, then requirements and record rules. */
  readonly findings: GateFinding[];
  readonly changes: Change[];
  /** Tags added by automations. */
  readonly tags: string[];
  /** Reasons automations flagged the record for a person to review. */
  readonly review: string[];
  /** ISO country of the record (its own, or the channel's default). */
  readonly country: string | undefined;
  /** Existing records this one may duplicate, best first (empty without a duplicate port). */
  readonly duplicates: readonly DuplicateCandidate[];
  /** The fields the gate checks on this channel (the same array for every record of the channel). */
  readonly fields: readonly FieldRef[];
  /** Per field (same order as `fields`), the outcome of the value as it came in; none when blank. */
  readonly outcomes: readonly (FieldOutcome | undefined)[];
}

export const ACTION_RANK: Readonly<Record<FallbackAction, number>> = { warn: 1, quarantine: 2, block: 3 };

/** The worst action among findings, as its ACTION_RANK (0: none), starting from `rank`. */
export function worstRank(findings: readonly GateFinding[], rank = 0): number {
  // Indexed: a for-of here allocated an iterator per field check (it runs for every value).
  for (let i = 0; i < findings.length; i++) {
    const action = findings[i]!.action;
    if (action !== undefined && ACTION_RANK[action] > rank) rank = ACTION_RANK[action];
  }
  return rank;
}

/** The severity of a finding a rule makes: a warning when it only warns, else an error. */
export function severityOfAction(action: FallbackAction): Severity {
  return action === 'warn' ? 'warning' : 'error';
}

/** The one shared empty list (frozen: nobody may push into it). */
export const NONE: readonly never[] = Object.freeze([]);
