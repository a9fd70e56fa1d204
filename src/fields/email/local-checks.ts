import { foldDiacritics } from '../text.ts';
import { ROLE_LOCAL_PARTS, TEST_LOCAL_PARTS } from './local-parts.ts';

const SEPARATORS = /[._-]/g;
const NON_ASCII = /[^\x00-\x7F]/;
const REPEATED = /^(.)\1{2,}$/;
const FEW_DIGITS = /^\d{1,4}$/;
// Longer local parts are no placeholder and no role name; skipping them keeps huge values cheap.
const CHECK_LIMIT = 64;

/** Lower-case, `+tag` cut, `.`/`-`/`_` and trailing digits dropped, diacritics folded: `Sales-Team2+x` → `salesteam`. */
export function foldLocalPart(local: string): string {
  let s = local.toLowerCase();
  const plus = s.indexOf('+');
  if (plus > 0) s = s.slice(0, plus);
  if (s.includes('.') || s.includes('-') || s.includes('_')) s = s.replace(SEPARATORS, '');
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) >= 48 && s.charCodeAt(end - 1) <= 57) end--;
  if (end > 0 && end < s.length) s = s.slice(0, end);
  return NON_ASCII.test(s) ? foldDiacritics(s) : s;
}

/** A shared mailbox (`info@`, `buchhaltung@`, `no-reply@`) rather than a person. */
export function isRoleLocalPart(local: string, roles: ReadonlySet<string> = ROLE_LOCAL_PARTS): boolean {
  return local.length <= CHECK_LIMIT && roles.has(foldLocalPart(local));
}

/** Why `local@domain` looks typed to get past a form (`test@`, `asdf@`, `123@`, `a@a.com`), or null. */
export function testLocalPartReason(local: string, domain: string): string | null {
  return local.length > CHECK_LIMIT ? null : testReason(local, foldLocalPart(local), domain);
}

/** `testLocalPartReason` for callers that already folded the local part. */
export function testReason(local: string, folded: string, domain: string): string | null {
  if (TEST_LOCAL_PARTS.has(folded)) return `"${local}" is a test or dummy name`;
  if (folded.length >= 3 && folded[0] === folded[1] && REPEATED.test(folded))
    return `"${local}" is one character repeated`;
  if (local.length <= 4 && FEW_DIGITS.test(local)) return `"${local}" is just a few digits`;
  if (local.length <= 3 && domain.startsWith(`${local.toLowerCase()}.`))
    return `"${local}@${domain}" repeats itself`;
  return null;
}
