// The bytes of a reader's file become text, whatever their spreadsheet saved them as: UTF-8 with or
// without a byte-order mark, UTF-16 ("Unicode Text"), or Windows-1252 (Excel's "CSV (Comma
// delimited)" on Windows). What cannot be text (a workbook, UTF-32, binary) is refused with the way
// to re-save it. Pure: the browser's TextDecoder does the decoding.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName; readonly note?: string }
  | { readonly ok: false; readonly message: string };

export const RESAVE_AS_UTF8 =
  'In Excel: File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)”; in LibreOffice: Save As › Text CSV, character set “Unicode (UTF-8)”';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** Decodes a file's bytes; `name` only serves the messages. */
export function decodeFileText(bytes: Uint8Array, name: string): DecodedText {
  // TextDecoder drops the byte-order mark of its own encoding (ignoreBOM defaults to false).
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return decoded(bytes, 'utf-8');
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    return { ok: false, message: `“${name}” is saved as UTF-32, which Tieline does not read. ${RESAVE_AS_UTF8}.` };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return decoded(bytes, 'utf-16le', utf16Note(name));
  if (startsWith(bytes, 0xfe, 0xff)) return decoded(bytes, 'utf-16be', utf16Note(name));
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return {
      ok: false,
      message: `“${name}” is a spreadsheet workbook (or another zip archive), not text. ${RESAVE_AS_UTF8}, once per sheet.`,
    };
  }
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked !== null) return decoded(bytes, unmarked, utf16Note(name));
  if (bytes.includes(0)) {
    return { ok: false, message: `“${name}” holds binary data, not text. Save it as CSV or JSON text: ${RESAVE_AS_UTF8}.` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Almost every such spreadsheet export is Windows-1252 (Excel's default "CSV" on a
    // Western-language Windows), whose every byte is a character, so this never loses the file.
    return decoded(
      bytes,
      'windows-1252',
      `“${name}” is not UTF-8; Tieline read it as Windows-1252, the encoding of Excel's “CSV (Comma delimited)”. If letters look wrong or a quote is “not found verbatim”, re-save it as UTF-8. ${RESAVE_AS_UTF8}.`,
    );
  }
}

function decoded(bytes: Uint8Array, encoding: TextEncodingName, note?: string): DecodedText {
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return note === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, note };
}

function utf16Note(name: string): string {
  return `“${name}” is UTF-16 (Excel's “Unicode Text”); Tieline read it as such.`;
}

/**
 * UTF-16 without a byte-order mark: mostly-ASCII text has a zero in every other byte. Half the
 * characters of the first kilobyte having one is far beyond any text in a single-byte encoding.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 1024) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs / 2 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs / 2 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, which hold ’ “ ” – — € and others. Decoded here
 * rather than by TextDecoder because Node 20's TextDecoder('windows-1252') decodes those bytes as
 * Latin-1 control characters (browsers are right), and the unit tests run in Node.
 */
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    const codes = new Uint16Array(chunk.length);
    chunk.forEach((byte, index) => {
      codes[index] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
    });
    text += String.fromCharCode(...codes);
  }
  return text;
}
