import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { companyAt } from './company.ts';
import { LOCALE_CODES, type LocaleCode } from './locale-types.ts';
import { LOCALES } from './locales/index.ts';
import { postcodeFrom } from './person.ts';
import { formatPhone, landlineNumber, mobileNumber, PHONE_STYLES } from './phone.ts';
import { Prng } from './prng.ts';

const loc = (code: LocaleCode) => LOCALES.get(code)!;
const surname = (code: LocaleCode, male: string) => loc(code).surnames.find((s) => s.male.native === male)!;

describe('locale data', () => {
  it.each(LOCALE_CODES)('%s has enough names, cities and streets', (code) => {
    const l = loc(code);
    expect(l.male.length).toBeGreaterThanOrEqual(40);
    expect(l.female.length).toBeGreaterThanOrEqual(40);
    expect(l.surnames.length).toBeGreaterThanOrEqual(40);
    expect(l.cities.length).toBeGreaterThanOrEqual(8);
    expect(l.streets.length).toBeGreaterThanOrEqual(15);
    expect(l.nicknames.size).toBeGreaterThanOrEqual(15);
    for (const [formal, nicks] of l.nicknames) for (const n of nicks) expect(n.native).not.toBe(formal);
  });

  it.each([
    ['CZ', 'Novák', ['Nováková']],
    ['CZ', 'Černý', ['Černá']],
    ['CZ', 'Němec', ['Němcová']],
    ['CZ', 'Hájek', ['Hájková']],
    ['CZ', 'Vaněk', ['Vaňková']],
    ['CZ', 'Svoboda', ['Svobodová']],
    ['PL', 'Wiśniewski', ['Wiśniewska']],
    ['PL', 'Zawadzki', ['Zawadzka']],
    ['PL', 'Nowak', ['Nowak']],
    ['LT', 'Žemaitis', ['Žemaitienė', 'Žemaitytė']],
    ['LT', 'Kazlauskas', ['Kazlauskienė', 'Kazlauskaitė']],
    ['LT', 'Stankevičius', ['Stankevičienė', 'Stankevičiūtė']],
    ['LT', 'Butkus', ['Butkienė', 'Butkutė']],
    ['GR', 'Παπαδόπουλος', ['Παπαδοπούλου']],
    ['GR', 'Παπαδάκης', ['Παπαδάκη']],
    ['RU', 'Иванов', ['Иванова']],
    ['RU', 'Толстой', ['Толстая']],
    ['RU', 'Достоевский', ['Достоевская']],
    ['RU', 'Шевченко', ['Шевченко']],
    ['DE', 'Müller', ['Müller']],
  ] as const)('%s %s has female form(s) %j', (code, male, female) => {
    expect(surname(code, male).female.map((f) => f.native)).toEqual(female);
  });

  it.each([
    ['GR', 'Παπαδοπούλου', 'Papadopoulou'],
    ['RU', 'Иванова', 'Ivanova'],
  ] as const)('%s female surnames have Latin forms (%s → %s)', (code, native, latin) => {
    const found = loc(code)
      .surnames.flatMap((s) => s.female)
      .find((f) => f.native === native)!;
    expect(found.latin).toBe(latin);
  });

  const POSTCODE: Record<LocaleCode, RegExp> = {
    US: /^\d{5}$/,
    GB: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/,
    DE: /^\d{5}$/,
    FR: /^\d{5}$/,
    CZ: /^\d{3} \d{2}$/,
    PL: /^\d{2}-\d{3}$/,
    GR: /^\d{3} \d{2}$/,
    LT: /^LT-\d{5}$/,
    RU: /^\d{6}$/,
    ES: /^\d{5}$/,
    IT: /^\d{5}$/,
    NL: /^\d{4} [A-Z]{2}$/,
    SE: /^\d{3} \d{2}$/,
    FI: /^\d{5}$/,
  };
  it.each(LOCALE_CODES)('%s postcodes have the national format', (code) => {
    const rng = new Prng(1);
    for (const city of loc(code).cities)
      for (let i = 0; i < 20; i++) expect(postcodeFrom(city.postcode, rng)).toMatch(POSTCODE[code]);
  });

  it.each(LOCALE_CODES)('%s mobile and landline numbers are valid for libphonenumber', (code) => {
    const rng = new Prng(2);
    const l = loc(code);
    for (let i = 0; i < 150; i++) {
      const mobile = parsePhoneNumberFromString(formatPhone(l, mobileNumber(l, rng), 0, rng));
      expect(mobile?.isValid()).toBe(true);
      expect(mobile?.country).toBe(code);
      const land = formatPhone(l, landlineNumber(l, rng.pick(l.cities), rng), 0, rng);
      expect(parsePhoneNumberFromString(land)?.isValid(), land).toBe(true);
    }
  });

  it.each(LOCALE_CODES)('%s numbers keep their digits in every one of the ten formats', (code) => {
    const rng = new Prng(3);
    const l = loc(code);
    const number = mobileNumber(l, rng);
    const styles = Array.from({ length: PHONE_STYLES }, (_, s) => formatPhone(l, number, s, rng));
    expect(new Set(styles).size).toBeGreaterThanOrEqual(code === 'US' ? 8 : 9);
    for (const s of styles) expect(s.replace(/\D/g, '')).toContain(number.nsn.slice(-6));
  });

  it.each(LOCALE_CODES)('%s companies carry a legal form and a domain', (code) => {
    const l = loc(code);
    for (let i = 0; i < 30; i++) {
      const c = companyAt(l, 9, i);
      expect(c.name).not.toBe(c.native ? c.base.native : c.base.latin);
      expect(c.domain).toMatch(/^[a-z0-9-]+\.[a-z.]+$/);
      expect(c).toEqual(companyAt(l, 9, i));
    }
  });
});
