import { describe, expect, it } from 'vitest';
import { cleanName, hasMojibake, repairMojibake } from './index.ts';
import { REAL_NAMES } from './real-names.fixture.ts';

const CLEANED: [string, string][] = [
  ['John★', 'John'],
  ['John ™ Smith', 'John Smith'],
  ['✓ Anna', 'Anna'],
  ['Jana 👩‍💻', 'Jana'],
  ['🇨🇿 Jan', 'Jan'],
  ['1️⃣ Eva', '1 Eva'],
  ['((Anna))', 'Anna'],
  ['"(Anna)"', 'Anna'],
  ['Smith.,', 'Smith'],
  ['.Smith', 'Smith'],
  ['!!!Anna', 'Anna'],
  ['Anna!', 'Anna!'],
  ["'t Hooft", "'t Hooft"],
  ["'s-Gravesande", "'s-Gravesande"],
  ['’Ali', '’Ali'],
  ['Jones’', 'Jones’'],
  ['J..', 'J.'],
  ['Ph.D.', 'Ph.D.'],
  ['St.', 'St.'],
  ['Chas.', 'Chas.'],
  ['Novák , Jan', 'Novák, Jan'],
  ['John . Smith', 'John Smith'],
  ['Smith,, John', 'Smith, John'],
  ['Smith - Jones', 'Smith - Jones'],
  ['-', ''],
  ['★', ''],
];

describe('cleanName', () => {
  it.each(CLEANED)('cleans %j to %j', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it.each([...REAL_NAMES, 'Robert (Bob) Smith', 'Smith (née Jones)', 'John & Mary Smith'])(
    'leaves %j unchanged',
    (name) => {
      expect(cleanName(name)).toBe(name);
    },
  );

  it.each([...CLEANED.map(([v]) => v), ...REAL_NAMES])('is idempotent on %j', (value) => {
    const once = cleanName(value);
    expect(cleanName(once)).toBe(once);
  });
});

describe('mojibake', () => {
  it.each([
    ['DvoÅ™Ã¡k', 'Dvořák'],
    ['Ð˜Ð²Ð°Ð½', 'Иван'],
    ['JosÃ©', 'José'],
    ['Oâ€™Neil', 'O’Neil'],
    ['Î•Î»Î­Î½Î·', 'Ελένη'],
    ['Nguyá»…n', 'Nguyễn'],
  ])('detects and repairs %j', (broken, repaired) => {
    expect(hasMojibake(broken)).toBe(true);
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each(['Dvo?ák', 'Dvo\uFFFDák'])('detects the lost letter in %j without a repair', (value) => {
    expect(hasMojibake(value)).toBe(true);
    expect(repairMojibake(value)).toBeUndefined();
  });

  it.each([...REAL_NAMES, '«ÉVA»', '«ÅSA»', 'ÑUÑEZ', 'Mª José', 'Who?'])('does not flag %j', (name) => {
    expect(hasMojibake(name)).toBe(false);
  });
});
