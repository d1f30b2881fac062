import { describe, expect, it } from 'vitest';
import { decodeFileText } from './text-encoding';

const TEXT = 'id,name\nqatar,“Qatar’s emir” — Doha, café\n';
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string, bom = true) => new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let index = 0; index < le.length; index += 2) {
    be[index] = le[index + 1]!;
    be[index + 1] = le[index]!;
  }
  return new Uint8Array([0xfe, 0xff, ...be]);
};
/** Windows-1252 for the characters used here (Buffer has no encoder for it). */
const WINDOWS_1252: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '—': 0x97, é: 0xe9 };
const windows1252 = (text: string) =>
  new Uint8Array([...text].map((char) => WINDOWS_1252[char] ?? (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0x3f)));

describe('decodeFileText', () => {
  it('reads UTF-8 as is, with no note', () => {
    expect(decodeFileText(utf8(TEXT), 'a.csv')).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark, so JSON.parse accepts the text', () => {
    const result = decodeFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":1}')]), 'a.json');
    expect(result).toEqual({ ok: true, text: '{"a":1}', encoding: 'utf-8' });
    expect(result.ok && JSON.parse(result.text)).toEqual({ a: 1 });
  });

  it('reads Excel "Unicode Text" (UTF-16 LE with a mark), UTF-16 BE, and UTF-16 without a mark, and says so', () => {
    for (const [bytes, encoding] of [
      [utf16le(TEXT), 'utf-16le'],
      [utf16be(TEXT), 'utf-16be'],
      [utf16le(TEXT, false), 'utf-16le'],
    ] as const) {
      const result = decodeFileText(bytes, 'events.txt');
      expect(result).toMatchObject({ ok: true, text: TEXT, encoding });
      expect(result.ok && result.note).toContain('UTF-16');
    }
  });

  it('reads Windows-1252 (Excel "CSV (Comma delimited)") without turning ’ into �, and says how to re-save', () => {
    const result = decodeFileText(windows1252(TEXT), 'events.csv');
    expect(result).toMatchObject({ ok: true, text: TEXT, encoding: 'windows-1252' });
    expect(result.ok && result.note).toMatch(/“events.csv” is not UTF-8.*CSV UTF-8/);
    expect(result.ok && result.text).not.toContain('\uFFFD');
  });

  it('refuses a workbook, UTF-32 and binary data with the way to re-save', () => {
    expect(decodeFileText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'events.csv')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/workbook.*CSV UTF-8/),
    });
    expect(decodeFileText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'a.csv')).toMatchObject({ ok: false, message: expect.stringContaining('UTF-32') });
    expect(decodeFileText(new Uint8Array([0x41, 0x42, 0, 0x43, 0x80, 0x81, 0x90, 0]), 'a.csv')).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeFileText(new Uint8Array(), 'a.csv')).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
