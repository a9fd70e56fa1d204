/**
 * Detectors of placeholder and fictional phone numbers that pass length checks. Sources of the
 * fictional ranges: NANPA (555-0100..0199), Ofcom "numbers for drama" (UK), ACMA (Australia).
 */

// UK drama ranges as national significant numbers: 020 7946 0xxx, 07700 900xxx, 01xx 496 0xxx, ...
const UK_DRAMA =
  /^(?:2079460|7700900|1(?:1[3-8]|[2-6]1)4960|1632960|2896496|2920180|8081570|9098790|3069990)\d{3}$/;
// ACMA fictional ranges: (0x) 5550 xxxx, (0x) 7010 xxxx, 0491 570 xxx.
const AU_FICTIONAL = /^(?:[2378](?:5550|7010)\d{4}|491570\d{3})$/;

function isRepeated(digits: string, from: number): boolean {
  for (let i = from + 1; i < digits.length; i++) if (digits[i] !== digits[from]) return false;
  return true;
}

// Counting up or down by one, wrapping 9→0 so that "1234567890" counts.
function isSequential(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length && (up || down); i++) {
    const step = (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
    if (step !== 1) up = false;
    if (step !== 9) down = false;
  }
  return up || down;
}

/** Why a digit string is a placeholder ("1111111", "123456789", "600000000"), or undefined. */
export function placeholderReason(digits: string): string | undefined {
  if (digits.length < 6) return undefined;
  if (isRepeated(digits, 0)) return 'all its digits are the same';
  if (isSequential(digits)) return 'its digits are a counting sequence';
  if (digits.length >= 8 && isRepeated(digits, 1)) return 'all its digits after the first are the same';
  return undefined;
}

/** Why a parsed number is fictional (reserved for films and examples), or undefined. */
export function fictionalReason(callingCode: string, nationalNumber: string): string | undefined {
  if (callingCode === '1' && nationalNumber.length === 10 && nationalNumber.startsWith('55501', 3)) {
    return 'NANP numbers 555-0100 to 555-0199 are reserved for fiction';
  }
  if (callingCode === '44' && UK_DRAMA.test(nationalNumber))
    return 'it is in an Ofcom range reserved for drama';
  if (callingCode === '61' && AU_FICTIONAL.test(nationalNumber))
    return 'it is in an ACMA range reserved for fiction';
  return undefined;
}
