export type { FieldAnalyzer } from './analyzers.ts';
export { analyzerFor, MAX_VALUE_LENGTH, runAnalyzer } from './analyzers.ts';
export { describeChange } from './describe-change.ts';
export type { Gate, GateOptions } from './gate.ts';
export { createGate } from './gate.ts';
export type { MemoPolicy } from './memo.ts';
export type { RowCheck } from './rows.ts';
export { outcomeAt, rowGate } from './rows.ts';
export type {
  AnyAnalysis,
  Change,
  Decision,
  DecisionAction,
  DuplicateCandidate,
  DuplicatePort,
  FieldOutcome,
  GateContext,
  GateFinding,
  GateRecord,
} from './types.ts';
