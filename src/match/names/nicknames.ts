/**
 * Given-name equivalence: Bob is Robert, Honza is Jan, Kasia is Katarzyna, Sasha is Aleksandr or
 * Aleksandra.
 *
 * English relations come from nicknames-en.csv, a copy of names.csv from
 * github.com/carltonnorthern/nicknames (commit 21d7505), Apache License 2.0; see NOTICE.md. Other
 * languages' diminutives and cross-language forms are curated in diminutives.ts.
 *
 * Each formal name makes one group: itself and its nicknames. Groups are never merged through a shared
 * nickname, because "al" alone would chain Albert, Alfred, Alexander and Alan into one group, then Alexandra
 * through "alex", and so on. Two names are variants when some group holds both.
 *
 * The file also gives some nicknames lines of their own, listing the names they shorten ("bill"
 * has_nickname robert, william). Such a group is told by holding two names that have more nicknames
 * than it has, and stands as pairs instead, so Robert and William do not meet through Bill.
 */
import { readFileSync } from 'node:fs';
import { DIMINUTIVE_GROUPS } from './diminutives.ts';
import { foldName } from './fold.ts';

/** One line of the English file: formal name, then one of its nicknames, as written there. */
export type NicknameRelation = readonly [formal: string, nickname: string];

const NONE: readonly number[] = Object.freeze([]);

/** Parses the nickname file (`name1,relationship,name2`); throws on a line of any other shape. */
export function parseNicknameCsv(text: string): NicknameRelation[] {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== 'name1,relationship,name2') throw new Error('nicknames: unexpected header');
  const relations: NicknameRelation[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const [formal, relationship, nickname, extra] = line.split(',');
    if (!formal || relationship !== 'has_nickname' || !nickname || extra !== undefined) {
      throw new Error(`nicknames: line ${i + 1} is not "name,has_nickname,nickname": ${line}`);
    }
    relations.push([formal, nickname]);
  }
  return relations;
}

function addId(map: Map<string, number[]>, name: string, id: number): void {
  const ids = map.get(name);
  if (ids) ids.push(id);
  else map.set(name, [id]);
}

function buildGroups(relations: readonly NicknameRelation[]): (readonly string[])[] {
  const byFormal = new Map<string, Set<string>>();
  for (const [formal, nickname] of relations) {
    const f = foldName(formal);
    const n = foldName(nickname);
    if (f === '' || n === '' || f === n) continue;
    const group = byFormal.get(f);
    if (group) group.add(n);
    else byFormal.set(f, new Set([f, n]));
  }
  const english: Set<string>[] = [];
  for (const [formal, group] of byFormal) {
    let fuller = 0;
    for (const name of group) if ((byFormal.get(name)?.size ?? 0) > group.size) fuller++;
    if (fuller < 2) {
      english.push(group);
      continue;
    }
    // A nickname's own line listing the names it shortens: as one group, Bill would make Robert and
    // William variants, so each line stands as a pair.
    for (const name of group) if (name !== formal) english.push(new Set([formal, name]));
  }
  const candidates = [...english, ...DIMINUTIVE_GROUPS.map((g) => new Set(g.map(foldName)))];
  // A group inside another adds no pair ("alex" -> "al" inside Alexander's), and dropping it keeps the
  // group lists short. Largest first, so each group is only tested against ones that could hold it.
  candidates.sort((a, b) => b.size - a.size);
  const kept: Set<string>[] = [];
  const holding = new Map<string, number[]>();
  for (const group of candidates) {
    const first = group.values().next().value!;
    const inside = (holding.get(first) ?? []).some((k) => [...group].every((name) => kept[k]!.has(name)));
    if (inside) continue;
    const id = kept.push(group) - 1;
    for (const name of group) addId(holding, name, id);
  }
  return kept.map((g) => Object.freeze([...g]));
}

/** Every group, by id; names in folded form. */
export const NAME_GROUPS: readonly (readonly string[])[] = Object.freeze(
  buildGroups(parseNicknameCsv(readFileSync(new URL('./nicknames-en.csv', import.meta.url), 'utf8'))),
);

const GROUPS_OF: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  NAME_GROUPS.forEach((group, id) => {
    for (const name of group) addId(map, name, id);
  });
  for (const ids of map.values()) Object.freeze(ids);
  return map;
})();

/** Ids of the groups (in NAME_GROUPS) a folded given name belongs to, ascending; empty if none. */
export function nameGroups(folded: string): readonly number[] {
  return GROUPS_OF.get(folded) ?? NONE;
}

/**
 * Whether two folded given names can be the same person's: identical, or together in some group. Not
 * transitive: "sasha" matches "aleksandr" and "alexandra", which do not match each other.
 */
export function areNameVariants(a: string, b: string): boolean {
  if (a === b) return true;
  const x = nameGroups(a);
  const y = nameGroups(b);
  // Both lists ascend (ids were handed out in order), so one merge pass finds a shared id.
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const d = x[i]! - y[j]!;
    if (d === 0) return true;
    if (d < 0) i++;
    else j++;
  }
  return false;
}
