/**
 * First-level subdivisions of the US, Canada and Australia: postal code, then names and variants.
 * Codes: USPS Publication 28, Canada Post, Australia Post. Variants: the US Government Publishing
 * Office style-manual abbreviations ("Calif.", "N.Y.") and common French/legacy forms. Hand-written (MIT).
 */

export type StateTable = Readonly<Record<string, readonly string[]>>;

export const US_STATES: StateTable = {
  AL: ['Alabama', 'Ala.'],
  AK: ['Alaska'],
  AZ: ['Arizona', 'Ariz.'],
  AR: ['Arkansas', 'Ark.'],
  CA: ['California', 'Calif.', 'Cal.'],
  CO: ['Colorado', 'Colo.'],
  CT: ['Connecticut', 'Conn.'],
  DE: ['Delaware', 'Del.'],
  DC: ['District of Columbia', 'Washington DC', 'Washington D.C.', 'D.C.'],
  FL: ['Florida', 'Fla.'],
  GA: ['Georgia'],
  HI: ['Hawaii', 'Hawai‘i'],
  ID: ['Idaho'],
  IL: ['Illinois', 'Ill.'],
  IN: ['Indiana', 'Ind.'],
  IA: ['Iowa'],
  KS: ['Kansas', 'Kan.', 'Kans.'],
  KY: ['Kentucky', 'Ky.'],
  LA: ['Louisiana'],
  ME: ['Maine'],
  MD: ['Maryland'],
  MA: ['Massachusetts', 'Mass.'],
  MI: ['Michigan', 'Mich.'],
  MN: ['Minnesota', 'Minn.'],
  MS: ['Mississippi', 'Miss.'],
  MO: ['Missouri'],
  MT: ['Montana', 'Mont.'],
  NE: ['Nebraska', 'Neb.', 'Nebr.'],
  NV: ['Nevada', 'Nev.'],
  NH: ['New Hampshire', 'N.H.'],
  NJ: ['New Jersey', 'N.J.'],
  NM: ['New Mexico', 'N.M.', 'N. Mex.'],
  NY: ['New York', 'N.Y.'],
  NC: ['North Carolina', 'N.C.'],
  ND: ['North Dakota', 'N.D.', 'N. Dak.'],
  OH: ['Ohio'],
  OK: ['Oklahoma', 'Okla.'],
  OR: ['Oregon', 'Ore.', 'Oreg.'],
  PA: ['Pennsylvania', 'Penn.', 'Penna.'],
  RI: ['Rhode Island', 'R.I.'],
  SC: ['South Carolina', 'S.C.'],
  SD: ['South Dakota', 'S.D.', 'S. Dak.'],
  TN: ['Tennessee', 'Tenn.'],
  TX: ['Texas', 'Tex.'],
  UT: ['Utah'],
  VT: ['Vermont'],
  VA: ['Virginia'],
  WA: ['Washington', 'Wash.'],
  WV: ['West Virginia', 'W. Va.', 'W.Va.'],
  WI: ['Wisconsin', 'Wis.', 'Wisc.'],
  WY: ['Wyoming', 'Wyo.'],
  AS: ['American Samoa'],
  GU: ['Guam'],
  MP: ['Northern Mariana Islands'],
  PR: ['Puerto Rico'],
  VI: ['U.S. Virgin Islands', 'Virgin Islands'],
};

export const CA_PROVINCES: StateTable = {
  AB: ['Alberta', 'Alta.'],
  BC: ['British Columbia', 'Colombie-Britannique', 'B.C.'],
  MB: ['Manitoba', 'Man.'],
  NB: ['New Brunswick', 'Nouveau-Brunswick', 'N.B.'],
  NL: ['Newfoundland and Labrador', 'Terre-Neuve-et-Labrador', 'Newfoundland', 'Nfld.', 'NF'],
  NS: ['Nova Scotia', 'Nouvelle-Écosse', 'N.S.'],
  NT: ['Northwest Territories', 'Territoires du Nord-Ouest', 'N.W.T.'],
  NU: ['Nunavut'],
  ON: ['Ontario', 'Ont.'],
  PE: ['Prince Edward Island', 'Île-du-Prince-Édouard', 'P.E.I.'],
  QC: ['Quebec', 'Québec', 'Que.', 'PQ'],
  SK: ['Saskatchewan', 'Sask.'],
  YT: ['Yukon', 'Yukon Territory', 'YK'],
};

export const AU_STATES: StateTable = {
  ACT: ['Australian Capital Territory'],
  NSW: ['New South Wales'],
  NT: ['Northern Territory'],
  QLD: ['Queensland', 'Qld'],
  SA: ['South Australia'],
  TAS: ['Tasmania', 'Tas'],
  VIC: ['Victoria', 'Vic'],
  WA: ['Western Australia'],
};

/** Tables by country; the first name of each entry is its display name. */
export const STATE_TABLES: Readonly<Record<string, StateTable>> = {
  US: US_STATES,
  CA: CA_PROVINCES,
  AU: AU_STATES,
};
