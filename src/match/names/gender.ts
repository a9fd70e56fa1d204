/**
 * The same name in its other gender's form: Jan/Jana, Johan/Johanna, Petr/Petra (given names) and
 * Novák/Nováková, Kowalski/Kowalska, Černý/Černá, Ivanov/Ivanova, Xenakis/Xenaki, Papadopoulos/
 * Papadopoulou, Gudelis/Gudelienė (family names). On folded names. Two records with such names are
 * two people of one family (or a brother and a sister at one desk), not one person mistyped: the
 * similarity levels must not read them as a typo.
 */

// Endings of the shorter and the longer form after their common prefix, as "short|long".
const PAIRS: ReadonlySet<string> = new Set([
  // Given names: Jan/Jana, Daniel/Daniela/Danielle, Paul/Paulina, Johan/Johanna, Louis/Louise.
  '|a',
  '|e',
  '|ie',
  '|ia',
  '|na',
  '|ina',
  '|ine',
  '|le',
  '|ette',
  // Czech, Slovak: Novák/Nováková, Černý/Černá.
  '|ova',
  'y|a',
  // Polish: Kowalski/Kowalska, Nowicki/Nowicka.
  'i|a',
  // Russian: Ivanov/Ivanova, Pushkin/Pushkina; Tolstoy/Tolstaya.
  'oy|aya',
  'iy|aya',
  // Greek: Xenakis/Xenaki, Papadopoulos/Papadopoulou (the common stem takes the "o").
  's|',
  's|u',
  // Lithuanian: Gudelis/Gudelienė, Kazlauskas/Kazlauskienė, Jonaitis/Jonaitytė.
  's|ene',
  'as|iene',
  'is|iene',
  'us|iene',
  'is|yte',
  'as|aite',
  'us|ute',
  // Latvian: Bērziņš/Bērziņa.
  's|a',
]);

/** True when `a` and `b` are one name in its two gender forms (never for equal names). */
export function areGenderVariants(a: string, b: string): boolean {
  if (a === b || a.length < 2 || b.length < 2) return false;
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // The stem must carry the name: "a"/"ana" are not Jan/Jana.
  if (i < 2) return false;
  const [x, y] = a.length <= b.length ? [a.slice(i), b.slice(i)] : [b.slice(i), a.slice(i)];
  return PAIRS.has(`${x}|${y}`) || PAIRS.has(`${y}|${x}`);
}
