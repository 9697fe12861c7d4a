// Calendar periods of epoch days (UTC calendar dates), labelled so that text order is time order:
// "2024-W05" (ISO 8601 week), "2024-03", "2024-Q1", "2024".
import { isoFromEpochDay } from "../table/date";
import { choiceArg } from "../table/scalars";

export const PERIODS = ["week", "month", "quarter", "year"] as const;
export type Period = (typeof PERIODS)[number];

/** The period argument: week, month (default), quarter or year. */
export function periodArg(v: unknown, label = "period"): Period {
  return choiceArg(label, v, PERIODS, "month");
}

/** ISO 8601 week-numbering year and week of an epoch day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: number): { year: number; week: number } {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
  const thursday = day - weekday + 3;
  const year = Number(isoFromEpochDay(thursday).slice(0, 4));
  const jan1 = Date.UTC(year, 0, 1) / 86_400_000;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function periodLabel(day: number, period: Period): string {
  if (period === "week") {
    const { year, week } = isoWeek(day);
    return `${year}-W${String(week).padStart(2, "0")}`;
  }
  const iso = isoFromEpochDay(day);
  if (period === "year") return iso.slice(0, 4);
  if (period === "month") return iso.slice(0, 7);
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}
