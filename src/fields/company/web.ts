/**
 * Email and web addresses typed into the company column. A bare domain can be the real name
 * ("Booking.com", "Amazon.com, Inc."), so these are findings with a suggestion, never fixes.
 */

export interface WebHit {
  text: string;
  /** Whole value is the address, so a name derived from its domain is a sensible suggestion. */
  whole: boolean;
  domain: string;
}

const EMAIL = /[^\s@<>()"',;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/i;
const TLDS =
  'com|net|org|info|biz|io|co|ai|app|dev|tech|online|shop|store|eu|de|at|ch|cz|sk|pl|lt|lv|ee|ru|ua|by|kz|gr|' +
  'fr|be|lu|nl|es|pt|it|uk|ie|se|no|dk|fi|is|hu|ro|bg|hr|si|rs|tr|us|ca|mx|br|ar|cl|au|nz|jp|cn|kr|in|sg|hk|za';
const URL = new RegExp(
  `(?:https?://|www\\.)[^\\s/]+[^\\s]*|(?:^|[\\s(<])([a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TLDS}))(?=$|[\\s/),;:>])`,
  'i',
);
// What any URL match needs: a scheme, "www." or a dot before a TLD. Names with a dot ("Acme Ltd.",
// "s.r.o.", "Sp. z o.o.") are common; this spares most of them the long pattern above.
const MAYBE_URL = /:\/\/|www\.|\.[a-z]{2}/i;
const SCHEME = /^(?:https?:\/\/)?(?:www\.)?/i;
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne']);
const FREEMAIL = new Set(
  (
    'gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol gmx web seznam email centrum ' +
    'post wp o2 interia onet mail yandex ya rambler bk inbox list ukr abv protonmail proton zoho t-online ' +
    'freenet orange free laposte libero virgilio tiscali qq 163 126 naver daum'
  ).split(' '),
);

export function findEmail(s: string): WebHit | undefined {
  if (!s.includes('@')) return undefined;
  const m = EMAIL.exec(s);
  if (!m) return undefined;
  return { text: m[0], whole: m[0] === s, domain: (m[1] ?? '').toLowerCase() };
}

export function findUrl(s: string): WebHit | undefined {
  if (!s.includes('.') || !MAYBE_URL.test(s)) return undefined;
  const m = URL.exec(s);
  if (!m) return undefined;
  const text = (m[1] ?? m[0]).trim();
  const host = text.replace(SCHEME, '').split(/[/:?#]/)[0] ?? '';
  return { text, whole: text === s, domain: host.toLowerCase() };
}

/** "acme-widgets.co.uk" -> "Acme Widgets"; undefined for free-mail providers. */
export function nameFromDomain(domain: string): string | undefined {
  const labels = domain.split('.');
  const n = labels.length;
  const secondLevel = n >= 3 && SECOND_LEVEL.has(labels[n - 2] ?? '') && (labels[n - 1] ?? '').length === 2;
  const label = labels[secondLevel ? n - 3 : n - 2] ?? '';
  if (label === '' || FREEMAIL.has(label)) return undefined;
  return label
    .split('-')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
