/**
 * Values in a company column that are not a company, judged on the matching key (lower case, ASCII,
 * legal form removed), so "TEST GmbH", "Тест" and "test" are one case.
 */

export type JunkKind = 'placeholder' | 'test' | 'not_a_company';

const words = (s: string): string[] => s.split(',').map((w) => w.trim());

// Stand-ins for a missing value, including spreadsheet errors (#N/A, #REF!, #VALUE!).
const PLACEHOLDERS = new Set(
  words(
    'na, nan, nd, null, nil, undefined, unknown, unkown, not known, not applicable, not available, tbd, tba, ' +
      'tbc, no name, noname, blank, empty, missing, other, others, misc, various, ref, value, div 0, name, ' +
      'unbekannt, inconnu, desconocido, desconocida, sconosciuto, nieznany, nieznana, neznamy, neznama, ' +
      'neizvestno, nezinoma, 0',
  ),
);
// Made-up values typed to get past a required field.
const TESTS = new Set(
  words(
    'test, tests, testing, test test, testtest, tester, test company, test firma, testfirma, test account, ' +
      'test user, test customer, dummy, dummy company, fake, fake company, sample, sample company, example, ' +
      'example company, company, company name, companyname, your company, my company, firma, kompaniya, ' +
      'empresa, societe, entreprise, unternehmen, spolecnost, lorem ipsum, foobar, qwerty, ' +
      'qwertz, azerty, asdf, asdfg, asdfgh, asdfghjkl, asd, sdf, fdsa, jkl, hjkl, zxcv, yxcv, xyz, abcd, ' +
      'abcde, abcdef, 123, 1234, 12345, 123456, test',
  ),
);
// Meaningful answers that there is no employer: informative, not an error.
const NOT_COMPANIES = new Set(
  words(
    'none, no company, no, nothing, self, self employed, selfemployed, self employment, freelance, ' +
      'freelancer, free lance, free lancer, private, privat, private person, private individual, ' +
      'privatperson, privatkunde, privatperson, individual, personal, retired, pensioner, rentner, student, ' +
      'unemployed, homemaker, housewife, home, particulier, personne physique, osoba prywatna, ' +
      'osoba fizyczna, soukroma osoba, fyzicka osoba, chastnoe litso, fizicheskoe litso, idiotis, keine, ' +
      'kein, brak, zadna, zadny, aucune, ninguna, nessuna, sole trader',
  ),
);
const TEST_PATTERN = /^test ?\d+$|^x{2,}$|^([a-z])\1{3,}$|^(\d)\2{2,}$/;

export function junkKind(key: string): JunkKind | undefined {
  if (key === '') return 'placeholder';
  if (key.length > 40) return undefined;
  if (PLACEHOLDERS.has(key)) return 'placeholder';
  if (TESTS.has(key) || TEST_PATTERN.test(key)) return 'test';
  if (NOT_COMPANIES.has(key)) return 'not_a_company';
  return undefined;
}
