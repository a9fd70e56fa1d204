/**
 * An approximate "registrable domain" (eTLD+1) without the 250 KB Public Suffix List: good enough to
 * key companies by domain, not to decide cookie scopes. Two rules cover nearly all CRM data:
 * a curated list of multi-label public suffixes, and the convention that a generic second-level
 * word under a two-letter country code (com.cy, co.il, org.mt) is itself a public suffix.
 */

// Second-level words that ccTLD registries use as public suffixes (com.cy, co.il, org.mt, gov.pl).
const GENERIC_SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gob',
  'gov',
  'gouv',
  'govt',
  'mil',
  'net',
  'org',
  'or',
  'ne',
  'go',
]);

// Multi-label suffixes the generic rule misses (from the Public Suffix List, ICANN section, MPL 2.0).
const EXTRA_SUFFIXES = new Set([
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'nhs.uk',
  'police.uk',
  'sch.uk',
  'asn.au',
  'id.au',
  'school.nz',
  'geek.nz',
  'kiwi.nz',
  'maori.nz',
  'health.nz',
  'cri.nz',
  'iwi.nz',
  'ad.jp',
  'ed.jp',
  'gr.jp',
  'lg.jp',
  'info.pl',
  'biz.pl',
  'waw.pl',
  'gda.pl',
  'krakow.pl',
  'wroclaw.pl',
  'poznan.pl',
  'szczecin.pl',
  'lublin.pl',
  'katowice.pl',
  'art.pl',
  'shop.pl',
  'med.pl',
  'priv.pl',
  'tm.fr',
  'asso.fr',
  'nom.fr',
  'gv.at',
  'ltd.gi',
  'in.rs',
  'od.ua',
  'kiev.ua',
  'kyiv.ua',
  'msk.ru',
  'spb.ru',
  'pp.ru',
  'art.br',
  'eng.br',
  'ind.br',
  'adv.br',
  'tur.br',
  'tv.br',
  'blog.br',
  'eti.br',
  'pro.br',
  'web.za',
  'school.za',
  'firm.in',
  'gen.in',
  'ind.in',
  'res.in',
  'idv.tw',
  'idv.hk',
  'per.sg',
  'pe.kr',
  're.kr',
  'k12.tr',
  'av.tr',
  'bel.tr',
  'biz.tr',
  'info.tr',
]);

/** The public suffix of an ASCII lowercase host (`acme.co.uk` → `co.uk`), approximately. */
export function publicSuffix(host: string): string {
  const last = host.lastIndexOf('.');
  if (last < 0) return host;
  const prev = host.lastIndexOf('.', last - 1);
  const lastTwo = host.slice(prev + 1);
  const tld = host.slice(last + 1);
  const second = host.slice(prev + 1, last);
  if (EXTRA_SUFFIXES.has(lastTwo) || (tld.length === 2 && GENERIC_SECOND_LEVEL.has(second))) return lastTwo;
  return tld;
}

/**
 * The registrable domain of a host: `www.shop.acme.co.uk` → `acme.co.uk`, `www.acme.com` → `acme.com`.
 * Input is lowercased and a trailing dot dropped; a host that is itself a public suffix is returned
 * as is. Approximate: suffixes missing from the curated list (e.g. `blogspot.com`) count as domains.
 */
export function registrableDomain(host: string): string {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  const suffix = publicSuffix(h);
  if (suffix.length >= h.length) return h;
  const cut = h.lastIndexOf('.', h.length - suffix.length - 2);
  return cut < 0 ? h : h.slice(cut + 1);
}
