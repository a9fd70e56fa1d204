/**
 * The duplicate finder's model as data (validated by zod, saved as JSON): comparisons with ordered
 * levels, blocking rules, the prior. An untrained model has m/u guesses; `kempt train` fills them in.
 *
 * A comparison is one field's (or a few fields') grades of agreement. Levels are tried in order and
 * the first that holds wins, so order is meaning: `null` (no evidence) first, `else` last. Each level
 * carries m = P(level | same entity) and u = P(level | different entities); its match weight is
 * log2(m/u). A pair's score is the prior's log-odds plus the weights of its levels.
 */

import { z } from 'zod';
import { KemptError } from '../errors.ts';

export const MODEL_VERSION = 1;

const feature = z.string().min(1);
const probability = z.number().gt(0).lt(1);

const common = {
  label: z.string().min(1),
  m: probability.optional(),
  u: probability.optional(),
};

/** What makes a level hold for a pair of records (a, b). Features are columns of the prepared table. */
export const levelTestSchema = z.discriminatedUnion('is', [
  /** Either record lacks every one of the features: the comparison says nothing (weight 0). */
  z.strictObject({ is: z.literal('null'), features: z.array(feature).min(1), ...common }),
  /** Equal values. `tf`: weigh agreement by how rare the value is. */
  z.strictObject({ is: z.literal('exact'), feature, tf: z.boolean().default(false), ...common }),
  /** Any value of one record's features equals any of the other's (phone vs mobile). */
  z.strictObject({
    is: z.literal('any_exact'),
    features: z.array(feature).min(1),
    tf: z.boolean().default(false),
    ...common,
  }),
  z.strictObject({ is: z.literal('jaro_winkler'), feature, min: z.number().min(0).max(1), ...common }),
  /**
   * At most `max` typing edits apart; two neighbours swapped count as one edit ("gmial"/"gmail").
   * `same_digits`: numbers are not typos ("jan.novak2@" and "jan.novak@" are two mailboxes).
   */
  z.strictObject({
    is: z.literal('edits'),
    feature,
    max: z.number().int().min(1).max(5),
    same_digits: z.boolean().default(false),
    ...common,
  }),
  /** The other gender's form of the same name (Jan/Jana, Novák/Nováková): relatives, not typos. */
  z.strictObject({ is: z.literal('gender_variant'), feature, ...common }),
  /** Given names that are variants of each other (Robert/Bob, Jan/Honza, Aleksandr/Sasha). */
  z.strictObject({ is: z.literal('nickname'), feature, ...common }),
  /** One side is an initial ("J" or "J.") of the other's name. */
  z.strictObject({ is: z.literal('initial'), feature, ...common }),
  /** The two fields swapped between the records (first and last name entered the other way round). */
  z.strictObject({ is: z.literal('swapped'), feature, other: feature, ...common }),
  /** Weighted token overlap (rare words count more than generic ones like "trading" or "group"). */
  z.strictObject({ is: z.literal('token_set'), feature, min: z.number().min(0).max(1), ...common }),
  /** One name is the acronym of the other (IBM / International Business Machines). */
  z.strictObject({ is: z.literal('acronym'), feature, ...common }),
  /** The last n digits agree (the same line written with a different prefix). */
  z.strictObject({
    is: z.literal('last_digits'),
    features: z.array(feature).min(1),
    n: z.number().int().min(4).max(12),
    ...common,
  }),
  z.strictObject({ is: z.literal('else'), ...common }),
]);

export type LevelTest = z.output<typeof levelTestSchema>;
export type LevelKind = LevelTest['is'];

export const comparisonSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    /**
     * Train m by EM (default). False keeps the m values written here: for what training without labels
     * cannot tell apart, such as a person's first name, the one thing a household or a team sharing an
     * address, a phone and a mailbox does not share.
     */
    train_m: z.boolean().default(true),
    /**
     * Comparisons of one group tell the same story (company, domain and switchboard all say "works
     * there"; street, postcode and city all say "lives there"), so their evidence is not added up: the
     * strongest agreement counts once, and the strongest disagreement once.
     */
    group: z.string().min(1).optional(),
    levels: z.array(levelTestSchema).min(2),
  })
  .superRefine((c, ctx) => {
    const last = c.levels.at(-1)!;
    if (last.is !== 'else')
      ctx.addIssue({ code: 'custom', message: `comparison "${c.name}": the last level must be "else"` });
    c.levels.forEach((level, i) => {
      if (level.is === 'null' && i !== 0)
        ctx.addIssue({ code: 'custom', message: `comparison "${c.name}": a "null" level must come first` });
      if (level.is === 'else' && i !== c.levels.length - 1)
        ctx.addIssue({
          code: 'custom',
          message: `comparison "${c.name}": only the last level may be "else"`,
        });
    });
  });

export type Comparison = z.output<typeof comparisonSchema>;
export type ComparisonInput = z.input<typeof comparisonSchema>;
export type LevelInput = z.input<typeof levelTestSchema>;

/** Records whose key features are all equal (and present) become candidate pairs. */
export const blockingRuleSchema = z.strictObject({
  name: z.string().min(1),
  keys: z.array(feature).min(1).max(4),
  /** A tighter block limit for a loose rule (one name alone is worth comparing only when it is rare). */
  max_block_size: z.number().int().min(2).optional(),
});

export type BlockingRule = z.output<typeof blockingRuleSchema>;

export const modelSchema = z
  .strictObject({
    kempt_model: z.literal(MODEL_VERSION),
    /** Which record kind the presets were made for (informational). */
    kind: z.enum(['contacts', 'generic']).default('contacts'),
    comparisons: z.array(comparisonSchema).min(1),
    blocking: z.array(blockingRuleSchema).min(1),
    /** P(two random records are the same entity). */
    prior: probability,
    /**
     * Agreements that make a pair the same entity beyond reasonable doubt (same personal mailbox and
     * same first name: relatives share the mailbox, namesakes do not). Training measures each
     * comparison's m on the anchored pairs of the anchors that do not involve it, as if they were
     * labelled; EM learns the rest. Each anchor lists comparisons that must be at their first level
     * after "null" (their strongest agreement).
     */
    anchors: z.array(z.array(z.string().min(1)).min(1)).default([]),
    /** Pairs at or above this match probability are duplicates. */
    threshold: probability.default(0.9),
    /** A block (records sharing a key) larger than this is skipped and reported: it would explode. */
    max_block_size: z.number().int().min(2).default(1000),
    trained: z
      .strictObject({
        at: z.string(),
        records: z.number().int().min(0),
        candidate_pairs: z.number().int().min(0),
        random_pairs: z.number().int().min(0),
        em_iterations: z.number().int().min(0),
        labelled_pairs: z.number().int().min(0).default(0),
      })
      .optional(),
  })
  .superRefine((model, ctx) => {
    const names = new Set<string>();
    for (const c of model.comparisons) {
      if (names.has(c.name))
        ctx.addIssue({ code: 'custom', message: `two comparisons are named "${c.name}"` });
      names.add(c.name);
    }
    for (const anchor of model.anchors)
      for (const name of anchor)
        if (!names.has(name))
          ctx.addIssue({ code: 'custom', message: `anchor names "${name}", which is not a comparison` });
  });

export type MatchModel = z.output<typeof modelSchema>;
export type MatchModelInput = z.input<typeof modelSchema>;

/** Validates a model (parsed JSON); every problem is reported at once. */
export function modelOrThrow(data: unknown, source = 'model'): MatchModel {
  const parsed = modelSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.length > 0 ? issue.path.join('.') : '(top)'}: ${issue.message}`,
  );
  throw new KemptError(
    'model_invalid',
    `${source} is not a valid kempt match model:\n${problems.join('\n')}`,
    { file: source },
    'Train one with `kempt train FILE -o model.json`, or leave out --model to train on the file itself.',
  );
}

/** The features a model reads, in first-use order. */
export function modelFeatures(model: Pick<MatchModel, 'comparisons' | 'blocking'>): string[] {
  const out = new Set<string>();
  for (const c of model.comparisons)
    for (const level of c.levels) {
      if ('feature' in level) out.add(level.feature);
      if ('features' in level) for (const f of level.features) out.add(f);
      if (level.is === 'swapped') out.add(level.other);
    }
  for (const rule of model.blocking) for (const k of rule.keys) out.add(k);
  return [...out];
}
