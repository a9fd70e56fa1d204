export { buildJsonSchema, JSON_SCHEMA_PATH } from './build-json-schema.ts';
export { DEFAULT_CONFIG_PATH, defaultConfig } from './default-config.ts';
export { FINDING_CODES } from './finding-codes.ts';
export type { ConfigError, ConfigResult, ValidationResult } from './load.ts';
export {
  formatConfigError,
  formatPath,
  InvalidConfigError,
  loadConfigOrThrow,
  parseConfig,
  readConfigFileOrThrow,
  validateConfig,
} from './load.ts';
export { MAX_PATTERN_LENGTH, patternProblem } from './pattern.ts';
export type { RegexSafety } from './regex-safety.ts';
export { checkRegexSafety } from './regex-safety.ts';
export type {
  Automation,
  ChannelMap,
  Condition,
  DomainSet,
  EmailDomainRule,
  FieldCheckRule,
  FieldConfig,
  FormatRule,
  LengthRule,
  PicklistRule,
  RangeRule,
  RecordRule,
  RegexRule,
  Rule,
  Step,
} from './resolved.ts';
export type { ResolvedConfig } from './schema.ts';
export { configInputSchema, configSchema } from './schema.ts';
export { didYouMean } from './suggest.ts';
export type {
  Action,
  Channel,
  ConditionOperator,
  Derivation,
  FallbackAction,
  FieldRef,
  Format,
  PicklistPreset,
  RuleType,
  ValueQuality,
} from './vocabulary.ts';
export {
  ACTIONS,
  CHANNELS,
  DEFAULT_MISSING_ACTION,
  DERIVATIONS,
  FALLBACK_ACTIONS,
  FORMATS,
  FORMATS_BY_KIND,
  isFieldRef,
  RULE_TYPES,
  VALUE_QUALITIES,
  VALUE_QUALITY_NAMES,
} from './vocabulary.ts';
