import { describe, expect, it } from 'vitest';
import { detectEncoding, encodingOrThrow } from './encoding.ts';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
};
// Windows-1250 bytes of "Jméno;Příjmení\nJiří;Dvořák\nŁukasz;Wiśniewski\n"
const cp1250 = Buffer.from([
  0x4a, 0x6d, 0xe9, 0x6e, 0x6f, 0x3b, 0x50, 0xf8, 0xed, 0x6a, 0x6d, 0x65, 0x6e, 0xed, 0x0a, 0x4a, 0x69, 0xf8,
  0xed, 0x3b, 0x44, 0x76, 0x6f, 0xf8, 0xe1, 0x6b, 0x0a, 0xa3, 0x75, 0x6b, 0x61, 0x73, 0x7a, 0x3b, 0x57, 0x69,
  0x9c, 0x6e, 0x69, 0x65, 0x77, 0x73, 0x6b, 0x69, 0x0a,
]);
// Windows-1252 bytes of "Prénom;Nom\nHélène;Müller\nJosé;Çelik\nFrançois;Lefèvre\n"
const cp1252 = Buffer.from('Prénom;Nom\nHélène;Müller\nJosé;Çelik\nFrançois;Lefèvre\n', 'latin1');

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n')]), 'utf-8', 3],
    ['UTF-8 without BOM', Buffer.from('Jméno,Příjmení\nΕλένη,Анна\n'), 'utf-8', 0],
    ['plain ASCII', Buffer.from('a,b\n1,2\n'), 'utf-8', 0],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('a,b\n')]), 'utf-16le', 2],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('a,b\n')]), 'utf-16be', 2],
    ['UTF-16LE without BOM', utf16le('first,last\nJan,Novák\n'), 'utf-16le', 0],
    ['UTF-16BE without BOM', utf16be('first,last\nJan,Novák\n'), 'utf-16be', 0],
    ['Windows-1250', cp1250, 'windows-1250', 0],
    ['Windows-1252', cp1252, 'windows-1252', 0],
  ])('%s', (_name, bytes, encoding, bomLength) => {
    expect(detectEncoding(new Uint8Array(bytes))).toEqual({ encoding, bomLength });
  });

  it('does not mistake a UTF-8 sample cut inside a multi-byte letter for another encoding', () => {
    const bytes = Buffer.from('Příjmení,Dvořák,ř');
    expect(detectEncoding(new Uint8Array(bytes.subarray(0, bytes.length - 1))).encoding).toBe('utf-8');
  });
});

describe('encodingOrThrow', () => {
  it.each([
    ['utf8', 'utf-8'],
    ['CP1250', 'windows-1250'],
    ['latin1', 'windows-1252'],
    ['UTF-16', 'utf-16le'],
  ])('%s → %s', (name, expected) => {
    expect(encodingOrThrow(name)).toBe(expected);
  });

  it('names the supported encodings when it does not know one', () => {
    expect(() => encodingOrThrow('ebcdic')).toThrow(/Unknown encoding "ebcdic"/);
  });
});

describe('detectEncoding: Central vs Western European code pages', () => {
  it.each([
    ['Czech', 'Jiří;Dvořák;Plzeň', 'windows-1250'],
    ['Polish', 'Łukasz;Wiśniewski;Łódź', 'windows-1250'],
    ['Slovak', 'Ľubomír;Ďurčo;Košice', 'windows-1250'],
    ['French', 'Hélène;Lefèvre;Besançon', 'windows-1252'],
    ['German', 'Jürgen;Müller;Köln', 'windows-1252'],
    ['Danish', 'Søren;Jørgensen;Århus', 'windows-1252'],
    ['Spanish', 'José;Muñoz;Cádiz', 'windows-1252'],
  ])('%s', (_name, text, encoding) => {
    const codec =
      encoding === 'windows-1250' ? new TextDecoder('windows-1250') : new TextDecoder('windows-1252');
    // Build the bytes by inverting the decoder over 0..255.
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(codec.decode(new Uint8Array([b])), b);
    const bytes = new Uint8Array([...`${text}\n`].map((c) => table.get(c)!));
    expect(detectEncoding(bytes).encoding).toBe(encoding);
  });
});
