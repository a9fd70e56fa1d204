/**
 * Word lists of the person-name module, compiled by hand for kempt (MIT) from common knowledge of
 * naming conventions; no external list was copied. Keys are lowercase, without a trailing dot.
 */

/**
 * Titles written before a name, with their conventional spelling. Czech/Slovak academic degrees,
 * Polish and German ones, and courtesy titles of the languages kempt sees. Forms that are also given
 * names or surnames (Pan, Ing, Doc) are in DOTTED_ONLY or COUNTRY_ONLY; Don and Gen are left out.
 */
export const HONORIFICS: ReadonlyMap<string, string> = new Map([
  ['mr', 'Mr'],
  ['mrs', 'Mrs'],
  ['ms', 'Ms'],
  ['mx', 'Mx'],
  ['miss', 'Miss'],
  ['dr', 'Dr'],
  ['prof', 'Prof'],
  ['rev', 'Rev'],
  ['sir', 'Sir'],
  ['dame', 'Dame'],
  ['herr', 'Herr'],
  ['frau', 'Frau'],
  ['mme', 'Mme'],
  ['mlle', 'Mlle'],
  ['sra', 'Sra'],
  ['srta', 'Srta'],
  ['sig', 'Sig'],
  ['sig.ra', 'Sig.ra'],
  ['dott', 'Dott'],
  ['dott.ssa', 'Dott.ssa'],
  ['κος', 'Κος'],
  ['κα', 'Κα'],
  ['г-н', 'г-н'],
  ['г-жа', 'г-жа'],
  ['paní', 'Paní'],
  ['pán', 'Pán'],
  ['pan', 'Pan'],
  ['pani', 'Pani'],
  ['ing', 'Ing'],
  ['mgr', 'Mgr'],
  ['bc', 'Bc'],
  ['bca', 'BcA'],
  ['mga', 'MgA'],
  ['mudr', 'MUDr'],
  ['mddr', 'MDDr'],
  ['mvdr', 'MVDr'],
  ['judr', 'JUDr'],
  ['phdr', 'PhDr'],
  ['rndr', 'RNDr'],
  ['pharmdr', 'PharmDr'],
  ['paeddr', 'PaedDr'],
  ['thdr', 'ThDr'],
  ['thlic', 'ThLic'],
  ['icdr', 'ICDr'],
  ['doc', 'Doc'],
  ['mag', 'Mag'],
  ['dipl.-ing', 'Dipl.-Ing'],
  ['dipl.-kfm', 'Dipl.-Kfm'],
  ['dr.-ing', 'Dr.-Ing'],
  ['univ.-prof', 'Univ.-Prof'],
  ['inż', 'inż'],
  ['lek', 'lek'],
  ['sr', 'Sr'],
]);

/** Honorifics that are names too unless written with a dot: "Ing." is a title, "Ing" may be a name. */
export const DOTTED_ONLY: ReadonlySet<string> = new Set([
  'ing',
  'doc',
  'lek',
  'sr',
  'sra',
  'srta',
  'sig',
  'dott',
  'mag',
]);

/** "Pan"/"Pani" are Polish/Czech titles but also a Chinese and an Indian surname: trusted only there. */
export const COUNTRY_ONLY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pan', new Set(['PL', 'CZ', 'SK'])],
  ['pani', new Set(['PL'])],
]);

/**
 * Words that continue a title: "Dr. med. dent.", "Ing. arch.", "dr hab.", "Dr. h.c.", "mgr inż.".
 * "Dr. h. c." (two tokens) is recognised separately in titles.ts.
 */
export const TITLE_CONTINUATIONS: ReadonlyMap<string, string> = new Map([
  ['arch', 'arch'],
  ['art', 'art'],
  ['med', 'med'],
  ['dent', 'dent'],
  ['vet', 'vet'],
  ['rer', 'rer'],
  ['nat', 'nat'],
  ['pol', 'pol'],
  ['oec', 'oec'],
  ['phil', 'phil'],
  ['jur', 'jur'],
  ['h.c', 'h.c'],
  ['hab', 'hab'],
  ['inż', 'inż'],
]);

/** Titles and generational suffixes written after a name, with their conventional spelling. */
export const SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['jr', 'Jr'],
  ['sr', 'Sr'],
  ['ii', 'II'],
  ['iii', 'III'],
  ['iv', 'IV'],
  ['2nd', '2nd'],
  ['3rd', '3rd'],
  ['4th', '4th'],
  ['phd', 'PhD'],
  ['ph.d', 'Ph.D'],
  ['th.d', 'Th.D'],
  ['md', 'MD'],
  ['m.d', 'M.D'],
  ['dds', 'DDS'],
  ['esq', 'Esq'],
  ['csc', 'CSc'],
  ['drsc', 'DrSc'],
  ['dis', 'DiS'],
  ['mba', 'MBA'],
  ['msc', 'MSc'],
  ['bsc', 'BSc'],
  ['llm', 'LLM'],
  ['ll.m', 'LL.M'],
  ['mph', 'MPH'],
  ['cpa', 'CPA'],
  ['dr.h.c', 'Dr.h.c'],
  ['ma', 'MA'],
  ['ba', 'BA'],
]);

/** Suffixes that are also names ("Ma" is a Chinese surname): only after a comma. */
export const COMMA_ONLY_SUFFIXES: ReadonlySet<string> = new Set(['ma', 'ba']);

/**
 * Surname particles written lowercase inside a name when the case is rebuilt ("Ludwig van
 * Beethoven", "Luiz Inácio da Silva"). `la`/`le`/`las`/`los` only after another particle ("de la
 * Cruz"): alone they are usually capitalised ("Le Pen", "La Fontaine").
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'des',
  'de',
  'del',
  'della',
  'dei',
  'degli',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'ter',
  'ten',
  'zu',
  'zum',
  'zur',
  'vom',
  'bin',
  'binti',
  'bint',
  'ibn',
  'al',
  'el',
  "'t",
  "'s",
]);
export const ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'las', 'los', 'lo']);

/**
 * Particles that start a surname in lowercase even with no given name before it (German "von",
 * Dutch "van der" as shown after the first name); the Romance ones are capitalised there instead
 * ("De Luca", "Di Maio", "D'Angelo", "Da Silva", "Al-Hassan").
 */
export const LOWERCASE_LEADING_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'zum',
  'zur',
  'vom',
  "'t",
  "'s",
]);

/**
 * Scottish surnames conventionally written with a capital after "Mac". Any other "Mac…" is only
 * capitalised at the start: Mack, Machado, Macedo, Macy are not Mac + name.
 */
export const MAC_NAMES: ReadonlySet<string> = new Set([
  'macalister',
  'macarthur',
  'macaskill',
  'macaulay',
  'macbean',
  'macbride',
  'maccallum',
  'maccormick',
  'macdonald',
  'macdougall',
  'macduff',
  'macewan',
  'macewen',
  'macfadyen',
  'macfarlane',
  'macgillivray',
  'macgowan',
  'macgregor',
  'macinnes',
  'macinnis',
  'macintyre',
  'macisaac',
  'maciver',
  'mackay',
  'mackenzie',
  'mackinnon',
  'mackintosh',
  'maclachlan',
  'maclaren',
  'maclean',
  'maclellan',
  'maclennan',
  'macleod',
  'macmillan',
  'macnab',
  'macnamara',
  'macnaughton',
  'macneil',
  'macneill',
  'macpherson',
  'macquarrie',
  'macrae',
  'macsween',
  'mactavish',
]);

/** Letter-pair given names written in capitals ("AJ Smith"), kept as typed when recasing. */
export const INITIALISM_NAMES: ReadonlySet<string> = new Set([
  'AJ',
  'BJ',
  'CJ',
  'DJ',
  'JB',
  'JC',
  'JD',
  'JJ',
  'JP',
  'JT',
  'KC',
  'KJ',
  'MJ',
  'PJ',
  'RJ',
  'TJ',
]);

/** Abbreviated given names whose dot is kept ("Wm.", "Chas."), and "St." of "St. John". */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'wm',
  'chas',
  'thos',
  'jas',
  'geo',
  'jos',
  'robt',
  'edw',
  'benj',
  'jno',
  'saml',
  'danl',
  'st',
  'ste',
  'mt',
]);
