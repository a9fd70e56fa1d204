export { MAX_VALUE_LENGTH } from './analyzers.ts';
export { describeChange } from './describe-change.ts';
export type { Gate, GateOptions } from './gate.ts';
export { createGate } from './gate.ts';
export type { MemoPolicy } from './memo.ts';
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
