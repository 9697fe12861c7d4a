// Dates inside the engine are whole days since 1970-01-01 ("epoch days", UTC calendar dates).
// Excel's 1900 date system counts serial 1 = 1900-01-01 and, copying Lotus 1-2-3, has a
// fictitious 1900-02-29 at serial 60, so serials from 61 on are one day ahead of a true count.

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 system (valid for serials >= 61). */
const SERIAL_EPOCH = 25569;
/** Last serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2958465;
/** Epoch day of 1900-03-01, the first day after Excel's fictitious leap day. */
const MARCH_1_1900 = -25508;

export type DateProblem = "not-a-date" | "phantom-leap-day" | "out-of-range";

/** Epoch day of a calendar date, or undefined when the date does not exist (e.g. 2023-02-30). */
export function epochDayFromYmd(y: number, m: number, d: number): number | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return ms / MS_PER_DAY;
}

/** Epoch day of an Excel serial (time of day dropped), or a problem. */
export function epochDayFromSerial(serial: number): number | DateProblem {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return "out-of-range";
  const whole = Math.floor(serial);
  if (whole === 60) return "phantom-leap-day";
  return whole > 60 ? whole - SERIAL_EPOCH : whole - SERIAL_EPOCH + 1;
}

/** Excel serial of an epoch day (inverse of epochDayFromSerial). */
export function serialFromEpochDay(day: number): number {
  return day >= MARCH_1_1900 ? day + SERIAL_EPOCH : day + SERIAL_EPOCH - 1;
}

/** ISO text (yyyy-mm-dd) of an epoch day. */
export function isoFromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;

/**
 * Epoch day of a cell: an Excel serial number, a yyyymmdd number, a JS Date (from XLSX readers),
 * or text as ISO 8601 (time and zone ignored: the calendar date as written), yyyy/mm/dd,
 * yyyymmdd or 2024年3月5日. Ambiguous forms such as 3/5/2024 are rejected, never guessed.
 */
export function parseDate(v: unknown): number | DateProblem {
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) {
      return epochDayFromYmd(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100) ?? "not-a-date";
    }
    return epochDayFromSerial(v);
  }
  if (v instanceof Date) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) return "not-a-date";
    const day = Math.floor(ms / MS_PER_DAY);
    return day < -25567 || day > 2932896 ? "out-of-range" : day;
  }
  if (typeof v !== "string") return "not-a-date";
  const s = v.trim();
  const m = ISO.exec(s) ?? SLASHED.exec(s) ?? COMPACT.exec(s) ?? CHINESE.exec(s);
  if (!m) return "not-a-date";
  return epochDayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) ?? "not-a-date";
}

/** Plain-language reason for a date problem, for error messages. */
export function describeDateProblem(p: DateProblem): string {
  switch (p) {
    case "phantom-leap-day":
      return "is 29 February 1900, a day that does not exist (Excel's leap-year quirk)";
    case "out-of-range":
      return "is outside the dates Excel supports (1900-01-01 to 9999-12-31)";
    default:
      return "is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)";
  }
}
