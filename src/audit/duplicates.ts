/** The duplicate part of the audit: exact shared keys across the whole file (see duplicate-keys.ts). */

import { foldDiacritics } from '../fields/text.ts';
import { outcomeAt, type RowCheck } from '../gate/index.ts';
import type { ContactField } from '../record/fields.ts';
import type { ColumnMap } from '../record/mapping.ts';
import { DuplicateCounter } from './duplicate-keys.ts';
import type { DuplicateStats } from './report-types.ts';

/** The keys of one row: canonical email, E.164 of phone and mobile, name|company. '' = none. */
export type RowKeys = [email: string, phone: string, mobile: string, nameCompany: string];

/** Extracts a row's keys; runs where the analysis is (a worker), so only four strings travel. */
export function rowKeysExtractor(map: ColumnMap) {
  const col = (field: ContactField) => map.fields.get(field) ?? -1;
  const [email, phone, mobile, first, last, full, company] = (
    ['email', 'phone', 'mobile', 'first_name', 'last_name', 'full_name', 'company'] as const
  ).map(col) as [number, number, number, number, number, number, number];
  return function rowKeys(check: RowCheck): RowKeys {
    const at = (i: number) => (i < 0 ? undefined : outcomeAt(check, i)?.analysis);
    const name = personKey(at(first)?.normalized, at(last)?.normalized, at(full)?.normalized);
    const companyKey = at(company)?.facts.key as string | undefined;
    return [
      (at(email)?.facts.key as string | undefined) ?? '',
      (at(phone)?.facts.e164 as string | undefined) ?? '',
      (at(mobile)?.facts.e164 as string | undefined) ?? '',
      name && companyKey ? `${name}|${companyKey}` : '',
    ];
  };
}

/** Lowercased, diacritic-free "first last"; undefined without both parts (or a full name). */
function personKey(first?: string, last?: string, full?: string): string | undefined {
  const name = first && last ? `${first} ${last}` : full;
  return name ? foldDiacritics(name.toLowerCase()) : undefined;
}

export class DuplicateTracker {
  readonly #map: ColumnMap;
  readonly #email = new DuplicateCounter();
  readonly #phone = new DuplicateCounter();
  readonly #nameCompany = new DuplicateCounter();
  /** Records sharing an email, or a name at the same company, with an earlier record. */
  extras = 0;

  constructor(map: ColumnMap) {
    this.#map = map;
  }

  /** Rows must arrive in file order, so "earlier" means earlier in the file. */
  add(row: number, [email, phone, mobile, nameCompany]: RowKeys): void {
    let seen = false;
    if (email) seen = this.#email.add(email, row);
    if (phone) this.#phone.add(phone, row);
    if (mobile && mobile !== phone) this.#phone.add(mobile, row);
    if (nameCompany) seen = this.#nameCompany.add(nameCompany, row) || seen;
    if (seen) this.extras++;
  }

  stats(): DuplicateStats[] {
    const has = (f: ContactField) => this.#map.fields.has(f);
    const out: DuplicateStats[] = [];
    if (has('email')) out.push(this.#email.stats('email', 'email address'));
    if (has('phone') || has('mobile')) out.push(this.#phone.stats('phone', 'phone number'));
    if (has('company')) out.push(this.#nameCompany.stats('name_company', 'name and company'));
    return out;
  }
}
