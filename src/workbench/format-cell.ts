// Cell values shown with their Excel number format, roughly: dates as yyyy-mm-dd (with hh:mm when
// the format has a time), percents, grouped thousands, fixed decimals, a currency sign. Enough
// for the demo grid; not an implementation of Excel's format language.

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const SERIAL_EPOCH = 25569;

/** The format without quoted literals, escapes and [bracketed] parts (colors, locales, conditions). */
function stripLiterals(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
}

/** The first section (positive numbers) of a format such as "#,##0.00;(#,##0.00)". */
function firstSection(fmt: string): string {
  return fmt.split(";")[0];
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const core = stripLiterals(firstSection(fmt)).toLowerCase();
  return /[yd]/.test(core) || /h+[^a-z0-9]*m/.test(core) || /^m{1,5}$/.test(core) || /mmm/.test(core);
}

/** yyyy-mm-dd (and hh:mm, hh:mm:ss) of an Excel serial in the 1900 date system. */
export function formatSerialDate(serial: number, withTime = false, withSeconds = false): string {
  const ms = Math.round(((serial - SERIAL_EPOCH) * MS_PER_DAY) / 1000) * 1000;
  // Before 1900-03-01 (Excel's fictitious leap day) or past 9999: leave the number.
  if (!Number.isFinite(ms) || serial < 61 || serial >= 2958466) return formatGeneral(serial);
  const iso = new Date(ms).toISOString(); // 2024-03-05T14:23:00.000Z
  if (!withTime) return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)}`;
}

/** Excel's General format, roughly: up to 11 characters, integers as they are. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [mantissa, exponent] = n.toExponential(5).split("e");
    return `${mantissa.replace(/\.?0+$/, "")}E${exponent}`;
  }
  return Number(n.toPrecision(10)).toString();
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
}

/** Digits after the decimal point in a numeric format section ("0.00" -> 2, "#,##0" -> 0). */
function decimalsOf(section: string): number {
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

const CURRENCY = /[$€£¥]/;

/** A number as the format shows it. */
export function formatNumber(n: number, fmt: string | undefined): string {
  if (!fmt || fmt.toLowerCase() === "general") return formatGeneral(n);
  if (fmt === "@") return formatGeneral(n);
  const section = firstSection(fmt);
  if (isDateFormat(fmt)) {
    const core = stripLiterals(section).toLowerCase();
    const hasDate = /[yd]/.test(core) || /m{3,}/.test(core);
    const hasTime = /h/.test(core);
    if (!hasDate && hasTime) return formatSerialDate(n, true, /s/.test(core)).slice(11);
    return formatSerialDate(n, hasTime, hasTime && /s/.test(core));
  }
  const core = stripLiterals(section);
  const currency = CURRENCY.exec(section.replace(/\[\$([^\]-]*)[^\]]*\]/g, "$1"))?.[0] ?? "";
  const decimals = decimalsOf(core);
  if (core.includes("%")) return `${fixed(n * 100, decimals, core.includes(","))}%`;
  if (!/[0#?]/.test(core)) return formatGeneral(n);
  const text = fixed(Math.abs(n), decimals, core.includes(","));
  const negative = n < 0 && text.replace(/[0.,]/g, "") !== "";
  return `${negative ? "-" : ""}${currency}${text}`;
}

/** What a cell shows: text as is, booleans as TRUE/FALSE, numbers through their format. */
export function formatCell(value: unknown, fmt?: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return formatNumber(value, fmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}
