/**
 * The generator: people are drawn one at a time; some are scheduled to reappear (duplicates) or to
 * get a look-alike (hard negatives) within the next `window` rows. Everything derives from the seed,
 * so the same options give the same rows.
 */

import { CompanyCache } from './company.ts';
import type { Locale } from './compile-locale.ts';
import { HARD_NEGATIVE_KINDS, type HardNegativeKind, makeHardNegative } from './hard-negatives.ts';
import { headerRow, TRUTH_HEADER } from './headers.ts';
import { type IdIssuer, idIssuer } from './ids.ts';
import { DEFAULT_LOCALE_WEIGHTS, LOCALES } from './locales/index.ts';
import {
  type GenerateOptions,
  type ResolvedGenerateOptions,
  resolveGenerateOptionsOrThrow,
} from './options.ts';
import { newPerson, type Person, type PersonContext } from './person.ts';
import { cumulate, hashString, Prng } from './prng.ts';
import type { RenderContext } from './render-fields.ts';
import { renderPerson } from './render-row.ts';
import { DueQueue } from './schedule.ts';
import { makeDuplicate, type Variation } from './variations.ts';

export type RecordRole = 'original' | 'duplicate' | HardNegativeKind;

/** One generated row with its ground truth. */
export interface LabeledContact {
  /** The CSV row (with the `entity_id` column last when `truth` is on). */
  row: string[];
  entityId: string;
  role: RecordRole;
  /** For duplicates: what differs from the person's original record. */
  variations: readonly Variation[];
  /** For hard negatives: the entity this different person resembles; otherwise null. */
  resembles: string | null;
  /** Bit mask of dirt kinds applied (see `dirtNames`). */
  dirt: number;
  /** The clean truth the row was rendered from. */
  person: Person;
}

interface Pending {
  person: Person;
  role: RecordRole;
  variations: readonly Variation[];
  resembles: number;
}

const NO_VARIATIONS: readonly Variation[] = [];
// Copies per duplicated person: 2 (70 %), 3 (22 %), 4 (8 %).
const COPIES_CUM = cumulate([70, 22, 8]);
const HARD_NEGATIVE_CUM = cumulate([40, 35, 25]);

export const entityIdOf = (n: number): string => `E${n}`;

/** Numbers and strings seed different streams: seed 1 and seed "1" are distinct. */
const seedText = (seed: string | number): string => (typeof seed === 'number' ? `#${seed}` : seed);

/** Draws people, schedules their duplicates and look-alikes, renders one row per call. */
class ContactEngine {
  readonly options: ResolvedGenerateOptions;
  /** The record behind the row last returned by `next`. */
  current: Pending | undefined;
  private readonly rng: Prng;
  private readonly ids: IdIssuer;
  private readonly ctx: PersonContext;
  private readonly render: RenderContext;
  private readonly locales: Locale[];
  private readonly localeCum: number[];
  private readonly due = new DueQueue<Pending>();
  private entities = 0;

  constructor(o: ResolvedGenerateOptions) {
    const seed = seedText(o.seed);
    this.options = o;
    this.rng = new Prng(hashString(seed));
    this.ids = idIssuer(o.headers, new Prng(hashString(seed, 2)));
    const seedHash = hashString(seed, 3);
    this.ctx = {
      seedHash,
      companies: new CompanyCache(seedHash),
      now: o.now.getTime(),
      fill: o.fill,
      staleRate: o.rates.stale,
      mailboxes: new Set(),
    };
    this.render = { rng: this.rng, rates: o.rates, style: o.headers, dirt: 0 };
    this.locales = o.locales.map((c) => LOCALES.get(c)!);
    this.localeCum = cumulate(o.locales.map((c) => DEFAULT_LOCALE_WEIGHTS[c]));
  }

  get dirt(): number {
    return this.render.dirt;
  }

  next(i: number): string[] {
    const o = this.options;
    const due = this.due;
    // A scheduled record comes out when due, or early when the rows left are only enough for them.
    const current =
      due.size > 0 && (due.peekAt() <= i || due.size >= o.count - i) ? due.pop() : this.original(i);
    this.current = current;
    const row = renderPerson(current.person, this.ids.next(i), o.truth ? 23 : 22, this.render);
    if (o.truth) row[22] = entityIdOf(current.person.entity);
    return row;
  }

  private original(i: number): Pending {
    const { rng, ctx, options: o } = this;
    const person = newPerson(this.entities++, this.locales[rng.weighted(this.localeCum)]!, ctx, rng);
    if (this.room(i) > 0 && rng.chance(o.duplicateRate)) {
      const copies = Math.min(rng.weighted(COPIES_CUM) + 1, this.room(i));
      for (let k = 0; k < copies; k++) {
        const dup = makeDuplicate(person, ctx, rng);
        this.schedule(i, {
          person: dup.person,
          role: 'duplicate',
          variations: dup.variations,
          resembles: -1,
        });
      }
    }
    if (this.room(i) > 0 && rng.chance(o.hardNegativeRate)) {
      const kind = HARD_NEGATIVE_KINDS[rng.weighted(HARD_NEGATIVE_CUM)]!;
      const other = makeHardNegative(kind, person, this.entities++, ctx, rng);
      this.schedule(i, { person: other, role: kind, variations: NO_VARIATIONS, resembles: person.entity });
    }
    return { person, role: 'original', variations: NO_VARIATIONS, resembles: -1 };
  }

  /** Rows still free after this one and everything already scheduled. */
  private room(i: number): number {
    return this.options.count - i - 1 - this.due.size;
  }

  private schedule(i: number, pending: Pending): void {
    const span = Math.min(this.options.window, this.options.count - i - 1);
    this.due.push(i + 1 + this.rng.int(span), pending);
  }
}

export function* generateLabeledContacts(options: GenerateOptions): Generator<LabeledContact> {
  const engine = new ContactEngine(resolveGenerateOptionsOrThrow(options));
  for (let i = 0; i < engine.options.count; i++) {
    const row = engine.next(i);
    const c = engine.current!;
    yield {
      row,
      entityId: entityIdOf(c.person.entity),
      role: c.role,
      variations: c.variations,
      resembles: c.resembles >= 0 ? entityIdOf(c.resembles) : null,
      dirt: engine.dirt,
      person: c.person,
    };
  }
}

/** Rows of a generated export, with the header row alongside. */
export interface ContactRows extends Iterable<string[]> {
  readonly header: readonly string[];
  readonly options: ResolvedGenerateOptions;
}

export function generateContacts(options: GenerateOptions): ContactRows {
  const resolved = resolveGenerateOptionsOrThrow(options);
  const header = headerRow(resolved.headers, new Prng(hashString(seedText(resolved.seed), 1)));
  if (resolved.truth) header.push(TRUTH_HEADER);
  return {
    header,
    options: resolved,
    *[Symbol.iterator]() {
      const engine = new ContactEngine(resolved);
      for (let i = 0; i < resolved.count; i++) yield engine.next(i);
    },
  };
}
