/**
 * Hand-curated legal forms: build input for `build-legal-forms.ts`, merged before the ISO 20275 list
 * (which lacks Czech s.r.o./a.s. abbreviations, Russia, the US suffixes as one table, CJK forms...).
 * Not imported at runtime.
 *
 * d: accepted display spellings, `|`-separated; the first is canonical. A spelling that matches one of
 *    them ignoring case and dots (e.g. "S.R.O.", "sro") is rewritten to it.
 * c: ISO 3166-1 countries, primary first.  n: local name.
 * v: further spellings that are recognised but never rewritten (full names, old spellings).
 *    In d and v a leading `~` marks a spelling that is a common word or acronym elsewhere ("PC", "SPA"):
 *    recognised only when the record's country is one of c, and never respelled. A leading `^` marks a
 *    spelling that is a word in another case ("SpA"/"Spa", "AG"/"Ag"): recognised in exactly this case,
 *    or in any case when the record's country is one of c.
 * f: p = may also stand before the name ("ООО «Ромашка»", "UAB Švyturys"); P = same but only when the
 *    record's country is one of c ("AB Volvo", "AS Tallinna Vesi"); q = only before the name;
 *    l = recognised only when the record's country is one of c; w = needs two words of name before it
 *    ("Fast Company" is a name, "Ford Motor Company" has a form); c = CJK, matched without word breaks.
 * The generated rows of curated forms also carry `k` (known): only those make "the value is nothing
 * but a legal form" an error, ISO 20275 spellings such as "COOP" being names too ("Coop").
 */

export interface CuratedForm {
  d: string;
  c: string;
  n: string;
  v?: string;
  f?: string;
}

export const CURATED_FORMS: readonly CuratedForm[] = [
  // United States, United Kingdom and the common-law world
  { d: 'Inc.|Inc', c: 'US CA PH AU', n: 'Incorporated' },
  { d: 'Incorporated', c: 'US CA PH', n: 'Incorporated' },
  { d: 'Corp.|Corp', c: 'US CA PH', n: 'Corporation' },
  { d: 'Corporation', c: 'US CA PH JP', n: 'Corporation' },
  { d: 'Co.|Co', c: 'US GB CA', n: 'Company' },
  { d: 'Company', c: 'US GB CA', n: 'Company', f: 'w' },
  {
    d: 'LLC|L.L.C.',
    c: 'US',
    n: 'Limited Liability Company',
    v: 'Limited Liability Company|Limited Liability Co.',
  },
  {
    d: 'LLP|L.L.P.',
    c: 'US GB IN SG CA MY',
    n: 'Limited Liability Partnership',
    v: 'Limited Liability Partnership',
  },
  { d: 'LP|L.P.', c: 'US GB CA', n: 'Limited Partnership', v: 'Limited Partnership' },
  { d: 'LLLP|L.L.L.P.', c: 'US', n: 'Limited Liability Limited Partnership' },
  { d: 'Ltd|Ltd.', c: 'GB IE HK NZ IL IN ZA CA CY MT', n: 'Limited' },
  { d: 'Limited', c: 'GB IE HK NZ IN ZA CA', n: 'Limited' },
  { d: 'PLC|plc|P.L.C.|p.l.c.', c: 'GB IE', n: 'Public Limited Company', v: 'Public Limited Company' },
  { d: 'P.C.|~PC', c: 'US CA', n: 'Professional Corporation', v: 'Professional Corporation' },
  { d: 'PLLC|P.L.L.C.', c: 'US', n: 'Professional Limited Liability Company' },
  { d: 'P.A.', c: 'US', n: 'Professional Association', f: 'l' },
  { d: 'N.A.', c: 'US', n: 'National Association', f: 'l' },
  { d: 'PBC', c: 'US', n: 'Public Benefit Corporation' },
  { d: 'L3C', c: 'US', n: 'Low-Profit Limited Liability Company' },
  { d: 'ULC', c: 'CA GB', n: 'Unlimited Liability Company' },
  { d: 'CIC', c: 'GB', n: 'Community Interest Company', f: 'l' },
  { d: 'DAC', c: 'IE', n: 'Designated Activity Company' },
  { d: 'CLG', c: 'IE', n: 'Company Limited by Guarantee' },
  { d: 'Teoranta|^Teo.', c: 'IE', n: 'Teoranta' },
  {
    d: 'Pty Ltd|Pty. Ltd.|Pty Limited|Pty. Limited|(Pty) Ltd|(Pty) Limited|Proprietary Limited',
    c: 'AU ZA',
    n: 'Proprietary Limited',
    v: 'Pty.Ltd.|PTY LTD|Proprietary Ltd',
  },
  { d: 'Pty', c: 'AU ZA', n: 'Proprietary', f: 'l' },
  {
    d: 'Pvt. Ltd.|Pvt Ltd|Pvt. Ltd|(Pvt.) Ltd.|(Pvt) Ltd|Private Limited|Pvt. Limited',
    c: 'IN PK BD NP LK',
    n: 'Private Limited',
    v: 'Pvt.Ltd.|P. Ltd.|(P) Ltd|(P) Ltd.',
  },
  { d: 'Pte. Ltd.|Pte Ltd|Pte. Ltd|Pte Limited', c: 'SG MY', n: 'Private Limited' },
  { d: 'Sdn. Bhd.|Sdn Bhd', c: 'MY', n: 'Sendirian Berhad', v: 'Sendirian Berhad' },
  { d: 'Bhd.|Bhd|Berhad', c: 'MY', n: 'Berhad' },
  {
    d: 'Co., Ltd.|Co.,Ltd.|Co. Ltd.|Co., Limited',
    c: 'JP CN KR TW TH VN HK',
    n: 'Company Limited',
    v: 'Company Limited|Co. Limited',
  },
  { d: 'PCL|Public Company Limited', c: 'TH', n: 'Public Company Limited' },
  { d: 'Ltée|Ltee', c: 'CA', n: 'Limitée' },
  { d: 'Limitée|Limitee', c: 'CA', n: 'Limitée' },

  // German-speaking countries
  {
    d: 'GmbH|G.m.b.H.',
    c: 'DE AT CH LI LU BE',
    n: 'Gesellschaft mit beschränkter Haftung',
    v: 'Gesellschaft mit beschränkter Haftung|Gesellschaft mbH|Gesellschaft m.b.H.|G.m.b.H',
  },
  {
    d: 'Ges.m.b.H.|Ges.m.b.H|GesmbH|Ges. m. b. H.|Ges.mbH',
    c: 'AT LI',
    n: 'Gesellschaft mit beschränkter Haftung',
  },
  { d: 'gGmbH', c: 'DE', n: 'gemeinnützige Gesellschaft mit beschränkter Haftung' },
  { d: 'mbH', c: 'DE AT', n: 'mit beschränkter Haftung' },
  { d: '^AG', c: 'DE AT CH LI LU BE', n: 'Aktiengesellschaft', v: 'Aktiengesellschaft' },
  { d: 'KG', c: 'DE AT LI', n: 'Kommanditgesellschaft', v: 'Kommanditgesellschaft' },
  { d: 'KGaA', c: 'DE AT', n: 'Kommanditgesellschaft auf Aktien', v: 'Kommanditgesellschaft auf Aktien' },
  {
    d: 'GmbH & Co. KG|GmbH & Co KG|GmbH & Co.KG',
    c: 'DE AT',
    n: 'Kommanditgesellschaft (GmbH & Co.)',
    v: 'GmbH u. Co. KG|GmbH und Co. KG|GmbH + Co. KG',
  },
  { d: 'AG & Co. KG', c: 'DE AT', n: 'Kommanditgesellschaft (AG & Co.)' },
  { d: 'SE & Co. KG', c: 'DE', n: 'Kommanditgesellschaft (SE & Co.)' },
  { d: 'UG (haftungsbeschränkt) & Co. KG', c: 'DE', n: 'Kommanditgesellschaft (UG & Co.)' },
  { d: 'GmbH & Co. KGaA', c: 'DE', n: 'Kommanditgesellschaft auf Aktien (GmbH & Co.)' },
  { d: 'AG & Co. KGaA', c: 'DE', n: 'Kommanditgesellschaft auf Aktien (AG & Co.)' },
  { d: 'SE & Co. KGaA', c: 'DE', n: 'Kommanditgesellschaft auf Aktien (SE & Co.)' },
  { d: 'GmbH & Co. OHG|GmbH & Co. oHG', c: 'DE', n: 'Offene Handelsgesellschaft (GmbH & Co.)' },
  { d: 'SE & Co. OHG|SE & Co. oHG', c: 'DE', n: 'Offene Handelsgesellschaft (SE & Co.)' },
  { d: 'OHG|oHG', c: 'DE AT', n: 'Offene Handelsgesellschaft', v: 'Offene Handelsgesellschaft' },
  { d: 'GbR', c: 'DE', n: 'Gesellschaft bürgerlichen Rechts', v: 'Gesellschaft bürgerlichen Rechts' },
  { d: 'GesbR|GesnbR', c: 'AT', n: 'Gesellschaft bürgerlichen Rechts' },
  { d: 'OG', c: 'AT', n: 'Offene Gesellschaft', f: 'l' },
  { d: 'e.V.|e. V.', c: 'DE AT LI', n: 'eingetragener Verein', v: '~eV|eingetragener Verein' },
  { d: 'e.K.|e. K.|e.Kfm.|e. Kfm.|e.Kfr.|e. Kfr.', c: 'DE', n: 'eingetragener Kaufmann', v: '~eK' },
  { d: 'eG', c: 'DE LI', n: 'eingetragene Genossenschaft', f: 'l' },
  {
    d: 'UG (haftungsbeschränkt)|UG (haftungsbeschraenkt)',
    c: 'DE',
    n: 'Unternehmergesellschaft (haftungsbeschränkt)',
    v: 'UG haftungsbeschränkt|~UG',
  },
  { d: 'PartG mbB', c: 'DE', n: 'Partnerschaftsgesellschaft mit beschränkter Berufshaftung' },
  { d: 'SE', c: 'DE FR NL AT LU BE IT ES PL CZ SE FI DK IE', n: 'Societas Europaea', v: 'S.E.' },
  { d: 'Sagl', c: 'CH', n: 'Società a garanzia limitata' },
  { d: 'Sàrl|S.à r.l.|S.à.r.l.|S. à r.l.', c: 'CH LU', n: 'Société à responsabilité limitée', v: 'S.a r.l.' },

  // France, Belgium, Luxembourg
  {
    d: 'SARL|S.A.R.L.|Sarl',
    c: 'FR LU BE MA TN SN CI LB',
    n: 'société à responsabilité limitée',
    v: 'société à responsabilité limitée',
  },
  {
    d: 'SAS|S.A.S.',
    c: 'FR CO LU AR',
    n: 'société par actions simplifiée',
    v: 'société par actions simplifiée',
  },
  { d: 'SASU|S.A.S.U.', c: 'FR', n: 'société par actions simplifiée unipersonnelle' },
  {
    d: 'S.A.|SA|S/A|S.A',
    c: 'ES FR PL PT BR CH BE LU AR MX CL CO PE EC UY PY VE GR RO MA TN',
    n: 'Sociedad Anónima',
    v: 'Sociedad Anónima|Sociedade Anónima|Sociedade Anônima|société anonyme|spółka akcyjna|Societate pe acțiuni',
  },
  { d: 'EURL|E.U.R.L.', c: 'FR', n: 'entreprise unipersonnelle à responsabilité limitée' },
  { d: 'SCI', c: 'FR LU', n: 'société civile immobilière' },
  { d: 'SNC|S.N.C.', c: 'FR LU RO', n: 'société en nom collectif' },
  { d: 'SELARL', c: 'FR', n: "société d'exercice libéral à responsabilité limitée" },
  { d: 'SCOP', c: 'FR', n: 'société coopérative et participative' },
  { d: 'SCEA', c: 'FR', n: "société civile d'exploitation agricole" },
  { d: 'GAEC', c: 'FR', n: "groupement agricole d'exploitation en commun" },
  { d: 'EARL', c: 'FR', n: 'exploitation agricole à responsabilité limitée', f: 'l' },
  { d: 'SCM', c: 'FR', n: 'société civile de moyens', f: 'l' },
  { d: 'BVBA|B.V.B.A.', c: 'BE', n: 'besloten vennootschap met beperkte aansprakelijkheid' },
  { d: 'SPRL|S.P.R.L.', c: 'BE', n: 'société privée à responsabilité limitée' },
  { d: 'VZW|vzw', c: 'BE', n: 'vereniging zonder winstoogmerk', v: 'vereniging zonder winstoogmerk' },
  {
    d: 'ASBL|A.S.B.L.|asbl',
    c: 'BE LU',
    n: 'association sans but lucratif',
    v: 'association sans but lucratif',
  },

  // Netherlands
  {
    d: 'B.V.|BV',
    c: 'NL BE CW',
    n: 'besloten vennootschap met beperkte aansprakelijkheid',
    v: 'besloten vennootschap|B.V|b.v.|bv',
  },
  { d: 'N.V.|NV', c: 'NL BE CW SR', n: 'naamloze vennootschap', v: 'naamloze vennootschap|N.V|n.v.|nv' },
  { d: 'V.O.F.|VOF|v.o.f.', c: 'NL BE', n: 'vennootschap onder firma', v: 'vennootschap onder firma' },
  { d: 'C.V.|~CV', c: 'NL', n: 'commanditaire vennootschap' },

  // Iberian and Latin American
  {
    d: 'S.L.|~SL',
    c: 'ES',
    n: 'Sociedad Limitada',
    v: 'Sociedad Limitada|Sociedad de Responsabilidad Limitada',
  },
  { d: 'S.L.U.|SLU', c: 'ES', n: 'Sociedad Limitada Unipersonal', v: 'Sociedad Limitada Unipersonal' },
  { d: 'S.A.U.|SAU', c: 'ES AR', n: 'Sociedad Anónima Unipersonal' },
  { d: 'S.L.L.', c: 'ES', n: 'Sociedad Limitada Laboral' },
  { d: 'S.Coop.|S. Coop.', c: 'ES', n: 'Sociedad Cooperativa' },
  { d: 'S.A. de C.V.|SA de CV|S.A. DE C.V.', c: 'MX', n: 'Sociedad Anónima de Capital Variable' },
  {
    d: 'S. de R.L. de C.V.|S. de R.L. DE C.V.',
    c: 'MX',
    n: 'Sociedad de Responsabilidad Limitada de Capital Variable',
  },
  { d: 'S. de R.L.', c: 'MX', n: 'Sociedad de Responsabilidad Limitada' },
  { d: 'S.A.P.I. de C.V.', c: 'MX', n: 'Sociedad Anónima Promotora de Inversión de Capital Variable' },
  { d: 'S.A.B. de C.V.', c: 'MX', n: 'Sociedad Anónima Bursátil de Capital Variable' },
  { d: 'Lda.|Lda|Ld.ª', c: 'PT AO MZ', n: 'Sociedade por Quotas', v: 'L.da|Ld.a' },
  { d: 'Ltda.|Ltda', c: 'BR CO CL EC', n: 'Sociedade Limitada', v: 'Limitada' },
  { d: 'EIRELI', c: 'BR', n: 'Empresa Individual de Responsabilidade Limitada' },
  { d: 'ME', c: 'BR', n: 'Microempresa', f: 'l' },
  { d: 'S.A.C.', c: 'PE', n: 'Sociedad Anónima Cerrada' },
  { d: 'E.I.R.L.', c: 'PE CL', n: 'Empresa Individual de Responsabilidad Limitada' },
  { d: 'C.A.', c: 'VE', n: 'Compañía Anónima', f: 'l' },

  // Italy, Romania
  {
    d: 'S.r.l.|Srl|SRL|S.R.L.',
    c: 'IT SM BE CA',
    n: 'Società a responsabilità limitata',
    v: 'Società a responsabilità limitata|s.r.l.',
  },
  { d: 'S.r.l.s.|Srls|SRLS', c: 'IT', n: 'Società a responsabilità limitata semplificata' },
  { d: 'S.p.A.|^SpA|S.P.A.|S.p.a.', c: 'IT CL SM', n: 'Società per azioni', v: '~SPA|Società per azioni' },
  { d: 'S.a.s.', c: 'IT', n: 'Società in accomandita semplice' },
  { d: 'S.n.c.|Snc', c: 'IT', n: 'Società in nome collettivo' },
  { d: 'S.c.a.r.l.|Scarl', c: 'IT', n: 'Società consortile a responsabilità limitata' },
  {
    d: 'S.R.L.|SRL',
    c: 'RO MD AR UY',
    n: 'Societate cu răspundere limitată',
    v: 'Societate cu răspundere limitată',
  },
  { d: 'S.C.', c: 'RO', n: 'Societate comercială', f: 'Pl' },
  { d: 'PFA', c: 'RO', n: 'Persoană fizică autorizată', f: 'l' },

  // Nordic
  { d: 'AB|Ab|AB (publ)', c: 'SE FI LT', n: 'Aktiebolag', v: 'Aktiebolag|Akcinė bendrovė', f: 'P' },
  { d: 'HB', c: 'SE', n: 'Handelsbolag', f: 'l' },
  { d: 'KB', c: 'SE', n: 'Kommanditbolag', f: 'l' },
  { d: 'Oy', c: 'FI', n: 'Osakeyhtiö', v: 'Osakeyhtiö', f: 'P' },
  { d: 'Oyj', c: 'FI', n: 'Julkinen osakeyhtiö', v: 'Julkinen osakeyhtiö' },
  { d: 'Abp', c: 'FI', n: 'Publikt aktiebolag' },
  { d: 'Ay', c: 'FI', n: 'Avoin yhtiö', f: 'l' },
  { d: 'Ky', c: 'FI', n: 'Kommandiittiyhtiö', f: 'l' },
  { d: 'AS', c: 'NO EE LV', n: 'Aksjeselskap', v: 'Aksjeselskap|Aktsiaselts|Akciju sabiedrība', f: 'P' },
  { d: '^ASA', c: 'NO', n: 'Allmennaksjeselskap', v: 'Allmennaksjeselskap' },
  { d: 'ANS', c: 'NO', n: 'Ansvarlig selskap', f: 'l' },
  { d: 'DA', c: 'NO', n: 'Selskap med delt ansvar', f: 'l' },
  { d: 'ApS', c: 'DK', n: 'Anpartsselskab', v: 'Anpartsselskab' },
  { d: 'A/S', c: 'DK NO', n: 'Aktieselskab', v: 'Aktieselskab' },
  { d: 'I/S', c: 'DK', n: 'Interessentskab' },
  { d: 'K/S', c: 'DK', n: 'Kommanditselskab' },
  { d: 'P/S', c: 'DK', n: 'Partnerselskab' },
  { d: 'IVS', c: 'DK', n: 'Iværksætterselskab' },
  { d: 'A.m.b.A.|AmbA', c: 'DK', n: 'Andelsselskab med begrænset ansvar' },
  { d: 'ehf.|ehf', c: 'IS', n: 'Einkahlutafélag' },
  { d: 'hf.', c: 'IS', n: 'Hlutafélag', f: 'l' },

  // Baltic states
  { d: 'UAB', c: 'LT', n: 'Uždaroji akcinė bendrovė', v: 'Uždaroji akcinė bendrovė', f: 'p' },
  { d: 'MB', c: 'LT', n: 'Mažoji bendrija', f: 'Pl' },
  { d: 'VšĮ|VŠĮ', c: 'LT', n: 'Viešoji įstaiga', v: 'Viešoji įstaiga', f: 'p' },
  { d: 'IĮ', c: 'LT', n: 'Individuali įmonė', f: 'Pl' },
  { d: 'TŪB', c: 'LT', n: 'Tikroji ūkinė bendrija', f: 'P' },
  { d: 'KŪB', c: 'LT', n: 'Komanditinė ūkinė bendrija', f: 'P' },
  {
    d: 'SIA',
    c: 'LV',
    n: 'Sabiedrība ar ierobežotu atbildību',
    v: 'Sabiedrība ar ierobežotu atbildību',
    f: 'p',
  },
  { d: 'IK', c: 'LV', n: 'Individuālais komersants', f: 'Pl' },
  { d: 'OÜ', c: 'EE', n: 'Osaühing', v: 'Osaühing', f: 'P' },
  { d: 'MTÜ', c: 'EE', n: 'Mittetulundusühing', v: 'Mittetulundusühing', f: 'P' },
  { d: 'FIE', c: 'EE', n: 'Füüsilisest isikust ettevõtja', f: 'l' },

  // Poland
  {
    d: 'Sp. z o.o.|sp. z o.o.',
    c: 'PL',
    n: 'spółka z ograniczoną odpowiedzialnością',
    v: 'spzoo|sp. zoo|Spółka z o.o.|spółka z ograniczoną odpowiedzialnością',
  },
  {
    d: 'Sp. z o.o. Sp.k.|sp. z o.o. sp.k.|Sp. z o.o. Sp. k.|sp. z o.o. sp. k.',
    c: 'PL',
    n: 'spółka z ograniczoną odpowiedzialnością spółka komandytowa',
  },
  { d: 'Sp.k.|sp.k.|Sp. k.|sp. k.', c: 'PL', n: 'spółka komandytowa', v: 'spółka komandytowa' },
  { d: 'Sp.j.|sp.j.|Sp. j.|sp. j.|s.j.', c: 'PL', n: 'spółka jawna', v: 'spółka jawna' },
  { d: 'S.K.A.|S.K.A', c: 'PL', n: 'spółka komandytowo-akcyjna', v: '~SKA|spółka komandytowo-akcyjna' },
  { d: 'sp.p.|Sp.p.', c: 'PL', n: 'spółka partnerska', v: 'spółka partnerska' },
  { d: 's.c.', c: 'PL', n: 'spółka cywilna', v: 'spółka cywilna', f: 'l' },

  // Czechia and Slovakia
  {
    d: 's.r.o.|s. r. o.',
    c: 'CZ SK',
    n: 'společnost s ručením omezeným',
    v: 'sro|společnost s ručením omezeným|spoločnosť s ručením obmedzeným',
  },
  {
    d: 'spol. s r.o.|spol. s r. o.',
    c: 'CZ SK',
    n: 'společnost s ručením omezeným',
    v: 'spol.s r.o.|spolsro',
  },
  { d: 'a.s.|a. s.', c: 'CZ SK', n: 'akciová společnost', v: '~as|akciová společnost|akciová spoločnosť' },
  { d: 'v.o.s.|v. o. s.', c: 'CZ SK', n: 'veřejná obchodní společnost', v: 'veřejná obchodní společnost' },
  {
    d: 'k.s.|k. s.',
    c: 'CZ SK',
    n: 'komanditní společnost',
    v: 'komanditní společnost|komanditná spoločnosť',
  },
  { d: 'z.s.|z. s.', c: 'CZ', n: 'zapsaný spolek', v: 'zapsaný spolek' },
  { d: 'o.p.s.|o. p. s.', c: 'CZ', n: 'obecně prospěšná společnost', v: 'obecně prospěšná společnost' },
  { d: 'z.ú.|z. ú.', c: 'CZ', n: 'zapsaný ústav', v: 'zapsaný ústav' },
  { d: 's.p.|s. p.', c: 'CZ SK SI', n: 'státní podnik', v: 'státní podnik|štátny podnik', f: 'l' },

  // Hungary
  { d: 'Kft.|Kft', c: 'HU', n: 'Korlátolt felelősségű társaság', v: 'Korlátolt felelősségű társaság' },
  { d: 'Zrt.|Zrt', c: 'HU', n: 'Zártkörűen működő részvénytársaság' },
  { d: 'Nyrt.|Nyrt', c: 'HU', n: 'Nyilvánosan működő részvénytársaság' },
  { d: 'Bt.|Bt', c: 'HU', n: 'Betéti társaság' },
  { d: 'Kkt.|Kkt', c: 'HU', n: 'Közkereseti társaság' },
  { d: 'Rt.', c: 'HU', n: 'Részvénytársaság', f: 'l' },

  // Former Yugoslavia
  {
    d: 'd.o.o.|d. o. o.',
    c: 'SI HR BA RS ME MK',
    n: 'družba z omejeno odgovornostjo',
    v: 'doo|društvo s ograničenom odgovornošću|družba z omejeno odgovornostjo',
  },
  { d: 'j.d.o.o.', c: 'HR', n: 'jednostavno društvo s ograničenom odgovornošću' },
  { d: 'd.d.', c: 'SI HR BA', n: 'delniška družba' },
  { d: 'a.d.', c: 'RS BA MK ME', n: 'akcionarsko društvo' },

  // Bulgaria (Cyrillic with Latin transliterations)
  { d: 'ООД|OOD', c: 'BG', n: 'Дружество с ограничена отговорност', v: 'Дружество с ограничена отговорност' },
  { d: 'ЕООД|EOOD', c: 'BG', n: 'Еднолично дружество с ограничена отговорност' },
  { d: 'АД|~AD', c: 'BG', n: 'Акционерно дружество', v: 'Акционерно дружество' },
  { d: 'ЕАД|EAD', c: 'BG', n: 'Еднолично акционерно дружество' },
  { d: 'ЕТ|~ET', c: 'BG', n: 'Едноличен търговец', f: 'p' },
  { d: 'КД', c: 'BG', n: 'Командитно дружество' },

  // Russia, Belarus, Kazakhstan, Ukraine (usually before the name, often in «quotes»)
  {
    d: 'ООО|OOO',
    c: 'RU BY',
    n: 'Общество с ограниченной ответственностью',
    v: 'Общество с ограниченной ответственностью',
    f: 'p',
  },
  {
    d: 'ОАО|OAO',
    c: 'RU BY',
    n: 'Открытое акционерное общество',
    v: 'Открытое акционерное общество',
    f: 'p',
  },
  {
    d: 'ЗАО|ZAO',
    c: 'RU BY',
    n: 'Закрытое акционерное общество',
    v: 'Закрытое акционерное общество',
    f: 'p',
  },
  { d: 'ПАО|PAO', c: 'RU', n: 'Публичное акционерное общество', v: 'Публичное акционерное общество', f: 'p' },
  { d: 'АО|~AO', c: 'RU KZ', n: 'Акционерное общество', v: 'Акционерное общество', f: 'p' },
  { d: 'НАО', c: 'RU', n: 'Непубличное акционерное общество', f: 'p' },
  {
    d: 'ИП|~IP',
    c: 'RU KZ BY',
    n: 'Индивидуальный предприниматель',
    v: 'Индивидуальный предприниматель',
    f: 'p',
  },
  { d: 'НКО', c: 'RU', n: 'Некоммерческая организация', f: 'p' },
  { d: 'АНО', c: 'RU', n: 'Автономная некоммерческая организация', f: 'p' },
  { d: 'ОДО', c: 'BY', n: 'Общество с дополнительной ответственностью', f: 'p' },
  { d: 'ТОО|~TOO', c: 'KZ', n: 'Товарищество с ограниченной ответственностью', f: 'p' },
  {
    d: 'ТОВ|TOV',
    c: 'UA',
    n: 'Товариство з обмеженою відповідальністю',
    v: 'Товариство з обмеженою відповідальністю',
    f: 'p',
  },
  { d: 'ПП|~PP', c: 'UA', n: 'Приватне підприємство', f: 'p' },
  { d: 'ПАТ|PAT', c: 'UA', n: 'Публічне акціонерне товариство', f: 'p' },
  { d: 'ПрАТ|PrAT', c: 'UA', n: 'Приватне акціонерне товариство', f: 'p' },
  { d: 'АТ', c: 'UA', n: 'Акціонерне товариство', f: 'p' },
  { d: 'ФОП|FOP', c: 'UA', n: 'Фізична особа-підприємець', f: 'p' },
  { d: 'ТДВ', c: 'UA', n: 'Товариство з додатковою відповідальністю', f: 'p' },

  // Greece and Cyprus (Greek with Latin transliterations)
  {
    d: 'Α.Ε.|ΑΕ|A.E.|~AE',
    c: 'GR CY',
    n: 'Ανώνυμη Εταιρεία',
    v: 'Ανώνυμη Εταιρεία|Ανώνυμη Εταιρία|ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ',
  },
  {
    d: 'Ε.Π.Ε.|ΕΠΕ|E.P.E.|EPE',
    c: 'GR',
    n: 'Εταιρεία Περιορισμένης Ευθύνης',
    v: 'Εταιρεία Περιορισμένης Ευθύνης|Εταιρία Περιορισμένης Ευθύνης',
  },
  { d: 'Ο.Ε.|ΟΕ|O.E.|~OE', c: 'GR', n: 'Ομόρρυθμη Εταιρεία', v: 'Ομόρρυθμη Εταιρεία|Ομόρρυθμη Εταιρία' },
  {
    d: 'Ε.Ε.|ΕΕ|E.E.|~EE',
    c: 'GR',
    n: 'Ετερόρρυθμη Εταιρεία',
    v: 'Ετερόρρυθμη Εταιρεία|Ετερόρρυθμη Εταιρία',
  },
  {
    d: 'Ι.Κ.Ε.|ΙΚΕ|I.K.E.|IKE',
    c: 'GR',
    n: 'Ιδιωτική Κεφαλαιουχική Εταιρεία',
    v: 'Ιδιωτική Κεφαλαιουχική Εταιρεία|Ιδιωτική Κεφαλαιουχική Εταιρία',
  },

  // Turkey, Israel, Indonesia
  { d: 'A.Ş.|AŞ', c: 'TR', n: 'Anonim Şirketi', v: 'Anonim Şirketi|Anonim Sirketi' },
  { d: 'Ltd. Şti.|Ltd.Şti.|Ltd. Sti.', c: 'TR', n: 'Limited Şirketi', v: 'Limited Şirketi|Limited Sirketi' },
  { d: 'בע"מ|בע״מ', c: 'IL', n: 'חברה בערבון מוגבל' },
  { d: 'PT|P.T.', c: 'ID', n: 'Perseroan Terbatas', f: 'Pql' },
  { d: 'Tbk|Tbk.', c: 'ID', n: 'Perseroan Terbuka' },

  // Japan, China, Korea: no spaces between name and form
  { d: '株式会社', c: 'JP', n: '株式会社', f: 'c' },
  { d: '有限会社', c: 'JP', n: '有限会社', f: 'c' },
  { d: '合同会社', c: 'JP', n: '合同会社', f: 'c' },
  { d: '合資会社', c: 'JP', n: '合資会社', f: 'c' },
  { d: '合名会社', c: 'JP', n: '合名会社', f: 'c' },
  { d: '(株)|㈱|（株）', c: 'JP', n: '株式会社', f: 'c' },
  { d: '(有)|㈲|（有）', c: 'JP', n: '有限会社', f: 'c' },
  { d: 'K.K.|~KK', c: 'JP', n: '株式会社', v: 'Kabushiki Kaisha|Kabushiki Gaisha' },
  { d: 'G.K.', c: 'JP', n: '合同会社', v: 'Godo Kaisha|Gōdō Kaisha', f: 'l' },
  { d: '股份有限公司', c: 'CN TW', n: '股份有限公司', f: 'c' },
  { d: '有限责任公司|有限責任公司', c: 'CN TW', n: '有限责任公司', f: 'c' },
  { d: '有限公司', c: 'CN TW HK', n: '有限公司', f: 'c' },
  { d: '股份公司', c: 'CN TW', n: '股份公司', f: 'c' },
  { d: '주식회사', c: 'KR', n: '주식회사', f: 'c' },
  { d: '유한회사', c: 'KR', n: '유한회사', f: 'c' },
  { d: '(주)|㈜|（주）', c: 'KR', n: '주식회사', f: 'c' },
  { d: '(유)', c: 'KR', n: '유한회사', f: 'c' },
];
