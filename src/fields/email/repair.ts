import { cleanEmail, fixDomainTypo } from './normalize.ts';
import { checkEmailSyntax } from './syntax.ts';

const SPACE_AROUND = /\s*([@.])\s*/g;
const MULTI_AT = /@{2,}/g;
const MULTI_DOT = /\.{2,}/g;
// `john (at) example.com`, `john[at]example.com`, `john at example dot com`
const AT_WORD = /\s*[([{]\s*at\s*[)\]}]\s*|\s+at\s+/i;
const DOT_WORD = /\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+/gi;
// Repairs look at address-sized values only; the patterns above are not linear on huge inputs.
const REPAIR_LIMIT = 320;
const WHITE = /\s+/;

/**
 * A guess at the address meant by an invalid value: spaces around `@`/`.`, doubled `@` or dots, a comma
 * for a dot in the domain, spelled-out `at`/`dot`. Returned only when the result is a valid address.
 */
export function repairEmail(value: string): string | null {
  if (value.length > REPAIR_LIMIT) return null;
  return onlyAddressIn(value) ?? respell(value);
}

/** `John Doe john@acme.com`: the one word that is an address. */
function onlyAddressIn(value: string): string | null {
  const words = value.split(WHITE).filter((w) => w.includes('@'));
  if (words.length !== 1 || words[0] === value.trim()) return null;
  const address = fixDomainTypo(cleanEmail(words[0]!));
  return checkEmailSyntax(address).category === 'valid' ? address : null;
}

function respell(value: string): string | null {
  let s = value;
  if (!s.includes('@')) s = s.replace(AT_WORD, '@').replace(DOT_WORD, '.');
  s = s.replace(SPACE_AROUND, '$1').replace(MULTI_AT, '@').replace(MULTI_DOT, '.');
  const at = s.lastIndexOf('@');
  if (at > 0) s = `${s.slice(0, at + 1)}${s.slice(at + 1).replaceAll(',', '.')}`;
  s = fixDomainTypo(cleanEmail(s));
  return s !== value && checkEmailSyntax(s).category === 'valid' ? s : null;
}

/** The plain form of an address that is legal but unusual (comments, folding, needless quotes). */
export function plainForm(bare: string): string | null {
  let s = bare;
  const at = s.lastIndexOf('@');
  if (at > 1 && s[0] === '"' && s[at - 1] === '"') s = `${s.slice(1, at - 1)}${s.slice(at)}`;
  s = cleanEmail(s);
  return checkEmailSyntax(s).category === 'valid' ? s : null;
}
