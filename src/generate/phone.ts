/**
 * Phone numbers of a locale as national significant numbers (NSN), and the ten ways CRMs hold them.
 */

import type { City, Locale } from './compile-locale.ts';
import type { Prng } from './prng.ts';

export interface PhoneDigits {
  nsn: string;
  /** Length of the area code or mobile prefix inside `nsn`. */
  area: number;
  /** The clean international form, filled on first use (switchboards and duplicates reuse it). */
  canonical: string;
}

/** Fills `prefix` up to `length` digits; the first filled digit avoids 0/1 (not dialable after a code). */
function fill(prefix: string, length: number, rng: Prng): string {
  if (prefix.length >= length) return prefix.slice(0, length);
  return prefix + String.fromCharCode(50 + rng.int(8)) + rng.digits(length - prefix.length - 1);
}

export function mobileNumber(loc: Locale, rng: Prng): PhoneDigits {
  const prefix = rng.pick(loc.mobilePrefixes);
  return { nsn: fill(prefix, loc.phone.mobileLen, rng), area: prefix.length, canonical: '' };
}

/** `city.area` is the area code, optionally "+" the leading digits of its assigned ranges ("20+7"). */
export function landlineNumber(loc: Locale, city: City, rng: Prng): PhoneDigits {
  const plus = city.area.indexOf('+');
  if (plus < 0)
    return { nsn: fill(city.area, loc.phone.landLen, rng), area: city.area.length, canonical: '' };
  const area = city.area.slice(0, plus);
  return {
    nsn: fill(area + city.area.slice(plus + 1), loc.phone.landLen, rng),
    area: area.length,
    canonical: '',
  };
}

/** Number of phone styles `formatPhone` knows; style 0 is the clean international format. */
export const PHONE_STYLES = 10;

const EXTENSIONS = [' ext. ', ' x', ' ext ', ' #', ', ext. ', ' (ext. ', ' kl. '];

/**
 * Style 0: "+420 601 123 456"; 1: E.164; 2: "00" prefix; 3: national display; 4: national digits;
 * 5: "(601) 123-456"; 6: with an extension; 7: dashes; 8: dots; 9: "+49 (0)30 …" or "+420 601123456".
 */
export function formatPhone(loc: Locale, p: PhoneDigits, style: number, rng: Prng): string {
  const spec = loc.phone;
  switch (style) {
    case 1:
      return `+${spec.cc}${p.nsn}`;
    case 2:
      return `00${spec.cc}${p.nsn}`;
    case 3:
      return spec.national(p.nsn, p.area);
    case 4:
      return spec.trunk === '1' ? p.nsn : spec.trunk + p.nsn;
    case 5: {
      const rest = p.nsn.slice(p.area);
      const head = spec.trunk === '1' ? '' : spec.trunk;
      return `(${head}${p.nsn.slice(0, p.area)}) ${rest.slice(0, 3)}-${rest.slice(3)}`;
    }
    case 6: {
      const ext = rng.pick(EXTENSIONS);
      const close = ext === ' (ext. ' ? ')' : '';
      return `+${spec.cc} ${spec.international(p.nsn, p.area)}${ext}${rng.range(1, 999)}${close}`;
    }
    case 7:
      return `+${spec.cc}-${spec.international(p.nsn, p.area).replace(/[ ()-]+/g, '-')}`;
    case 8:
      return spec
        .national(p.nsn, p.area)
        .replace(/[ ()-]+/g, '.')
        .replace(/^\.+/, '');
    case 9:
      return spec.trunk === '0'
        ? `+${spec.cc} (0)${spec.international(p.nsn, p.area)}`
        : `+${spec.cc} ${p.nsn}`;
    default:
      if (p.canonical === '') p.canonical = `+${spec.cc} ${spec.international(p.nsn, p.area)}`;
      return p.canonical;
  }
}

/** Obviously fake numbers people type to get past a required field. */
export const FAKE_PHONES: readonly string[] = [
  '1234567890',
  '555-0123',
  '000000000',
  '0000',
  '123',
  '+1 555 555 5555',
  '111-111-1111',
  '9999999999',
  '123456789',
  '+420 000 000 000',
];
