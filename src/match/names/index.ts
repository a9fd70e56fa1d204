export { DIMINUTIVE_GROUPS } from './diminutives.ts';
export { foldName } from './fold.ts';
export { areGenderVariants } from './gender.ts';
export type { NicknameRelation } from './nicknames.ts';
export { areNameVariants, NAME_GROUPS, nameGroups, parseNicknameCsv } from './nicknames.ts';
export { PHONETIC_VERSION, phoneticKey } from './phonetic.ts';
