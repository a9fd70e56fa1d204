/**
 * Curated country names that CLDR (via i18n-iso-countries) lacks: abbreviations, colloquial and
 * historical forms, and the English display names kempt writes. Hand-written for kempt (MIT).
 */

/** English short names kempt writes when `output: 'name'`; other codes use CLDR's first English name. */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  BN: 'Brunei',
  CN: 'China',
  CZ: 'Czechia',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GB: 'United Kingdom',
  GM: 'Gambia',
  IR: 'Iran',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  MF: 'Saint Martin (French part)',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Vatican City',
  VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands',
};

/** Certain alternative names, by alpha-2 code. They win over CLDR names in every language. */
// biome-ignore format: a compact data table reads better than one name per line
export const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  US: [
    'USA', 'U.S.A.', 'U.S.', 'US of A', 'United States of America', 'Estados Unidos', 'EE.UU.', 'EUA',
    'Spojené státy', 'Vereinigte Staaten', 'Verenigde Staten', 'США', 'ΗΠΑ', 'JAV', 'Stany Zjednoczone',
  ],
  GB: [
    'UK', 'U.K.', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland',
    'Großbritannien', 'Grossbritannien', 'Velká Británie', 'Veľká Británia', 'Wielka Brytania',
    'Didžioji Britanija', 'Μεγάλη Βρετανία', 'Великобритания', 'Велика Британія', 'Grande-Bretagne',
    'Gran Bretaña', 'Gran Bretagna', 'Groot-Brittannië', 'Nagy-Britannia', 'Marea Britanie',
    'Storbritannien', 'Storbritannia', 'Iso-Britannia',
  ],
  GR: ['EL', 'Hellas', 'Ελλάς', 'Hellenic Republic', 'Ελληνική Δημοκρατία'],
  CZ: [
    'Czech Republic', 'Czech Rep.', 'Czech', 'ČR', 'Česko', 'Česká republika', 'Tschechien',
    'Tschechische Republik', 'Czechy', 'Republika Czeska', 'Tchéquie', 'République tchèque', 'Чехия',
  ],
  SK: ['Slovak Republic', 'Slovenská republika', 'Slowakei'],
  DE: ['BRD', 'Bundesrepublik Deutschland', 'Federal Republic of Germany'],
  RU: ['RF', 'Russian Federation', 'Россия', 'Российская Федерация', 'РФ'],
  NL: ['Holland', 'Nederland', 'Niederlande'],
  CH: ['Schweiz', 'Suisse', 'Svizzera', 'Svizra', 'Helvetia', 'Confoederatio Helvetica'],
  BE: ['België', 'Belgique', 'Belgien'],
  AT: ['Österreich'],
  TR: ['Turkey', 'Türkiye', 'Türkei'],
  KR: ['Korea (South)', 'Korea, South', 'S. Korea', 'Republic of Korea', 'ROK', 'Южная Корея'],
  KP: ['Korea (North)', 'Korea, North', 'N. Korea', 'DPRK', 'DPR Korea', 'Северная Корея'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  BY: ['Беларусь', 'Белоруссия', 'Byelorussia'],
  UA: ['Україна', 'Ukraina', 'Украина'],
  IE: ['Éire', 'Republic of Ireland'],
  VN: ['Viet Nam'],
  LA: ['Laos'],
  SY: ['Syria'],
  MD: ['Moldova'],
  BN: ['Brunei'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  MK: ['Macedonia', 'FYROM', 'North Macedonia'],
  CI: ['Ivory Coast'],
  CV: ['Cabo Verde'],
  SZ: ['Swaziland'],
  MM: ['Burma'],
  TL: ['East Timor'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo (Kinshasa)', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Congo (Brazzaville)', 'Republic of Congo'],
  HK: ['Hong Kong SAR'],
  MO: ['Macau'],
  FK: ['Falklands', 'Falkland Islands'],
  MF: ['Saint Martin (French part)'],
  VG: ['British Virgin Islands'],
  VI: ['U.S. Virgin Islands', 'US Virgin Islands'],
  PL: ['Polen', 'Pologne'],
  LU: ['Lëtzebuerg'],
};

/** Names that point at several countries: a warning with the first code as suggestion. */
export const AMBIGUOUS: readonly { names: readonly string[]; codes: readonly string[]; why: string }[] = [
  { names: ['Congo', 'Kongo', 'Конго'], codes: ['CD', 'CG'], why: 'two countries are called Congo' },
  { names: ['Korea', 'Корея'], codes: ['KR', 'KP'], why: 'South and North Korea' },
  {
    names: ['America', 'Amerika', 'Αμερική', 'Америка', 'Amérique'],
    codes: ['US'],
    why: 'may mean the Americas rather than the United States',
  },
  { names: ['Virgin Islands'], codes: ['VI', 'VG'], why: 'U.S. and British Virgin Islands' },
  { names: ['NA'], codes: ['NA'], why: 'NA is Namibia but often means "not available"' },
  { names: ['Czechoslovakia', 'Československo', 'ČSSR', 'ČSFR'], codes: ['CZ', 'SK'], why: 'split in 1993' },
];

/** Parts of a country that people enter as the country: mapped to it with an info finding. */
// biome-ignore format: a compact data table reads better than one name per line
export const SUBDIVISIONS: Readonly<Record<string, readonly string[]>> = {
  GB: [
    'England', 'Scotland', 'Wales', 'Northern Ireland', 'Anglie', 'Skotsko', 'Severní Irsko', 'Anglia',
    'Szkocja', 'Walia', 'Irlandia Północna', 'Schottland', 'Nordirland', 'Angleterre', 'Écosse',
    'Pays de Galles', 'Irlande du Nord', 'Англия', 'Шотландия', 'Уэльс', 'Αγγλία', 'Σκωτία', 'Anglija',
    'Škotija', 'Inglaterra', 'Escocia', 'Inghilterra', 'Scozia', 'Engeland', 'Schotland',
  ],
  CZ: ['Bohemia', 'Moravia', 'Čechy', 'Morava', 'Böhmen', 'Mähren'],
  BE: ['Flanders', 'Vlaanderen', 'Flandern', 'Wallonia', 'Wallonie'],
  ES: ['Catalonia', 'Catalunya', 'Cataluña', 'Canary Islands', 'Islas Canarias'],
  DE: ['Bavaria', 'Bayern'],
  IT: ['Sicily', 'Sicilia', 'Sardinia', 'Sardegna'],
  FR: ['Corsica', 'Corse'],
};

/** Values that stand for "no country"; a warning, never a guess. */
// biome-ignore format: a compact data table reads better than one name per line
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'n/a', 'n.a.', 'n a', '-', '--', '---', '?', '??', 'none', 'unknown', 'null', 'nil', 'tbd', 'xx', 'x',
  'other', 'various', 'neznámá', 'nieznany', 'неизвестно', 'unbekannt', 'inconnu',
]);

/** Regions and blocs that are not countries, with the reason given in the finding. */
export const NOT_COUNTRIES: Readonly<Record<string, string>> = {
  EU: 'the European Union is not a country',
  'European Union': 'the European Union is not a country',
  Europe: 'a continent, not a country',
  Asia: 'a continent, not a country',
  Africa: 'a continent, not a country',
  'North America': 'a continent, not a country',
  'South America': 'a continent, not a country',
  'Latin America': 'a region, not a country',
  Scandinavia: 'a region, not a country',
  Benelux: 'a region, not a country',
  EMEA: 'a sales region, not a country',
  APAC: 'a sales region, not a country',
  LATAM: 'a sales region, not a country',
  Worldwide: 'not a country',
  Global: 'not a country',
  International: 'not a country',
  USSR: 'the Soviet Union no longer exists',
  'Soviet Union': 'the Soviet Union no longer exists',
  СССР: 'the Soviet Union no longer exists',
  Yugoslavia: 'Yugoslavia no longer exists',
};
