/**
 * Text made safe for the files: characters XML 1.0 cannot hold are dropped (a pasted control character would make
 * Word or Excel refuse the whole file), and spreadsheet cells that a spreadsheet program could take for a formula
 * once someone edits them are kept text (CSV/formula injection, OWASP): a cell in the Text number format ('@') stays
 * text when edited — Excel, WPS and LibreOffice take whatever is typed into it as text — so its words are written as
 * they are; any other cell gets a leading apostrophe (which then shows: '-删除… was what users saw).
 */

// Not allowed in XML 1.0: C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF.
// C1 controls (U+007F–U+009F) are allowed but are never meant in a typed opinion, so they go too.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/gu;

// The same, with \r, and not global (a global regex's test() carries state from call to call).
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/u;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 32767;
const TRUNCATED = '…（超出单元格长度上限，已截断）';

/** Characters that make a spreadsheet program read a cell as a formula (and tab, on OWASP's list; a CR has become \n). */
const FORMULA_START = /^[=+\-@\t]/u;

/** Drops what XML 1.0 cannot hold and unifies line breaks to \n (a lone \r is a line break from old Macs). */
export function xmlSafe(text: string): string {
  if (!NEEDS_WORK.test(text)) return text; // the common case, and a quarter of a 100,000-row sheet's time otherwise
  return text.replace(/\r\n?/gu, '\n').replace(NOT_IN_XML, '');
}

/** The lines of a multi-line text, for one paragraph each. */
export function linesOf(text: string): string[] {
  return xmlSafe(text).split('\n');
}

/** The number format that keeps a cell text when someone edits it. */
export const XLSX_TEXT_FORMAT = '@';

/**
 * A text for a spreadsheet cell: XML-safe, kept from being read as a formula, and within Excel's cell limit. `numFmt`
 * is the cell's number format: in the Text format ('@') a formula-like text needs no apostrophe to stay text.
 */
export function cellText(text: string, numFmt?: string): string {
  const safe = xmlSafe(text);
  const quoted = numFmt !== XLSX_TEXT_FORMAT && FORMULA_START.test(safe) ? `'${safe}` : safe;
  if (quoted.length <= MAX_CELL_CHARACTERS) return quoted;
  let cut = MAX_CELL_CHARACTERS - TRUNCATED.length;
  const last = quoted.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // do not split a surrogate pair
  return quoted.slice(0, cut) + TRUNCATED;
}
