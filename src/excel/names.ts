// Free names for new sheets and tables, pure. Excel's rules:
// - sheet names: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with an
//   apostrophe, "History" reserved, unique ignoring case;
// - table names: letters, digits and underscores (Excel also allows periods and backslashes, which
//   we avoid), starting with a letter or underscore, not readable as a cell reference ("A1",
//   "R1C1", "R", "C"), at most 255 characters, unique ignoring case among the workbook's names.

export const MAX_SHEET_NAME = 31;
export const MAX_TABLE_NAME = 255;

const SHEET_FORBIDDEN = /[:\\/?*[\]]/g;

const fold = (s: string) => s.toLocaleUpperCase("en-US");

/** Whether Excel accepts this as a sheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME &&
    name.trim() !== "" &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    fold(name) !== "HISTORY" &&
    // Control characters are refused by Excel too.
    !/[\u0000-\u001f]/.test(name) // eslint-disable-line no-control-regex
  );
}

/** A sheet name Excel accepts, close to `base`: forbidden characters become spaces, stray apostrophes go. */
function cleanSheetBase(base: string): string {
  let s = base
    .replace(/[\u0000-\u001f]/g, " ") // eslint-disable-line no-control-regex
    .replace(SHEET_FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s === "") s = "Sheet";
  return s;
}

/** At most `max` UTF-16 units (what Excel counts), never splitting a surrogate pair, no trailing apostrophe or space. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.replace(/['\s]+$/, "");
}

/**
 * The first of "RFM", "RFM (2)", "RFM (3)", ... not in `existing` (ignoring case), made valid for
 * Excel: forbidden characters replaced, long bases cut so the suffix still fits in 31 characters.
 */
export function freeSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, fold));
  const clean = cleanSheetBase(base);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = truncate(clean, MAX_SHEET_NAME - suffix.length) + suffix;
    // An invalid first candidate (the reserved "History") falls through to "History (2)".
    if (isValidSheetName(candidate) && !taken.has(fold(candidate))) return candidate;
  }
}

/** Whether a name would be read as a cell reference (A1 or R1C1 style) and so cannot name a table. */
export function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]\d*$/.test(name);
}

/** Whether Excel accepts this as a table name (uniqueness aside). */
export function isValidTableName(name: string): boolean {
  return name.length >= 1 && name.length <= MAX_TABLE_NAME && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !looksLikeCellReference(name);
}

function cleanTableBase(base: string): string {
  let s = base
    .trim()
    .replace(/[^\p{L}\p{N}_]+/gu, "_")
    .replace(/__+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (s === "") s = "Table";
  if (!/^[\p{L}_]/u.test(s)) s = `_${s}`;
  if (looksLikeCellReference(s)) s = `${s}_`;
  return s;
}

/**
 * The first of "RFM_Customers", "RFM_Customers_2", "RFM_Customers_3", ... not in `existing`
 * (ignoring case), made valid: other characters become underscores, a leading digit gets an
 * underscore before it, a cell-reference look-alike an underscore after it, at most 255 characters.
 */
export function freeTableName(base: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, fold));
  const clean = cleanTableBase(base);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `_${n}`;
    let candidate = truncate(clean, MAX_TABLE_NAME - suffix.length).replace(/_+$/, "") + suffix;
    if (!isValidTableName(candidate)) candidate = cleanTableBase(candidate);
    if (isValidTableName(candidate) && !taken.has(fold(candidate))) return candidate;
  }
}
