/**
 * Hard negatives: different people who look alike in a CRM. Each is a new entity (its own entity id)
 * derived from an existing person, so a duplicate finder that merges them is wrong.
 */

import { personalEmail, workEmail } from './emails.ts';
import { claimMailbox, HAS, newPerson, type Person, type PersonContext, placePerson } from './person.ts';
import type { Prng } from './prng.ts';
import { otherCompany } from './variations.ts';

export const HARD_NEGATIVE_KINDS = ['namesake', 'colleague', 'family'] as const;
export type HardNegativeKind = (typeof HARD_NEGATIVE_KINDS)[number];

/** Same name, another company and mailbox: a different person who happens to share a common name. */
function namesake(base: Person, entity: number, ctx: PersonContext, rng: Prng): Person {
  const p = newPerson(entity, base.loc, ctx, rng);
  p.female = base.female;
  p.first = base.first;
  p.last = base.last;
  p.surname = base.surname;
  p.native = base.native;
  p.has = (p.has & ~HAS.lastName) | (base.has & HAS.lastName);
  if (base.company !== null) {
    p.company = otherCompany(base, ctx, rng);
    p.has |= HAS.company;
  }
  if (p.company !== null)
    p.workEmail = claimMailbox(ctx, workEmail(p.company, p.first.slug, p.last.slug), rng);
  // The namesake's own mailbox: the address the base person has is taken.
  p.personalEmail = claimMailbox(ctx, personalEmail(p.loc, p.first.slug, p.last.slug, rng), rng);
  return p;
}

/** Same company, domain and switchboard number; another person. */
function colleague(base: Person, entity: number, ctx: PersonContext, rng: Prng): Person {
  const p = newPerson(entity, base.loc, ctx, rng);
  if (base.company === null) return p;
  p.company = base.company;
  p.has |= HAS.company | HAS.phone;
  p.phone = base.company.switchboard;
  // Companies whose pattern is just the surname or first name number the second colleague's mailbox.
  p.workEmail = claimMailbox(ctx, workEmail(base.company, p.first.slug, p.last.slug), rng);
  placePerson(p, base.company.city, rng);
  return p;
}

/** Same surname (in its male/female form), same address and home phone; another first name. */
function family(base: Person, entity: number, ctx: PersonContext, rng: Prng): Person {
  const p = newPerson(entity, base.loc, ctx, rng);
  p.surname = base.surname;
  p.last = p.female ? rng.pick(base.surname.female) : base.surname.male;
  if (p.first.native === base.first.native) {
    const names = p.female ? p.loc.female : p.loc.male;
    p.first = names[(names.indexOf(p.first) + 1) % names.length]!;
  }
  p.native = base.native;
  p.city = base.city;
  p.street = base.street;
  p.streetLatin = base.streetLatin;
  p.postcode = base.postcode;
  const address = HAS.city | HAS.state | HAS.postcode | HAS.street | HAS.country;
  p.has = (p.has & ~address) | (base.has & address) | HAS.lastName;
  if ((base.has & HAS.phone) !== 0 && (base.company === null || base.phone !== base.company.switchboard)) {
    p.phone = base.phone;
    p.has |= HAS.phone;
  }
  p.personalEmail = claimMailbox(ctx, personalEmail(p.loc, p.first.slug, p.last.slug, rng), rng);
  if (rng.chance(0.2) && (base.has & HAS.email) !== 0) {
    // A shared family mailbox: same email, different people.
    p.personalEmail = base.personalEmail;
    p.useWorkEmail = false;
    p.has |= HAS.email;
  }
  return p;
}

export function makeHardNegative(
  kind: HardNegativeKind,
  base: Person,
  entity: number,
  ctx: PersonContext,
  rng: Prng,
): Person {
  if (kind === 'namesake') return namesake(base, entity, ctx, rng);
  if (kind === 'colleague') return colleague(base, entity, ctx, rng);
  return family(base, entity, ctx, rng);
}
