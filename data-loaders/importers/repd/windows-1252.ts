/**
 * Windows-1252 decoding that is right on every Node version.
 *
 * Node 20 from 20.18.3 (20.20.2 included), and some 22 and 24 releases,
 * decode the `windows-1252` label of TextDecoder as ISO-8859-1. Bytes 0x80
 * to 0x9F then come out as C1 control characters instead of the euro sign,
 * curly quotes and dashes (reported upstream as nodejs/node#60888).
 * Windows-1252 is ISO-8859-1 with those 32 bytes replaced, so the decoder's
 * output is repaired with the WHATWG Encoding Standard's table for them. On
 * a Node that decodes correctly the repair changes nothing, because the five
 * bytes that Windows-1252 leaves undefined map to themselves in the table.
 */

/** Characters of bytes 0x80 to 0x9F in Windows-1252, per the WHATWG index-windows-1252. */
const HIGH_CONTROL_RANGE =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes Windows-1252 bytes to a string. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const decoded = new TextDecoder('windows-1252').decode(bytes);
  return decoded.replace(/[\u0080-\u009F]/g, (control) => HIGH_CONTROL_RANGE[control.charCodeAt(0) - 0x80]);
}
