// Calendar periods as whole numbers, so that "periods since acquisition" is a subtraction:
// week = ISO 8601 weeks (Monday to Sunday) counted from the week of 1970-01-01, month = year * 12 +
// month - 1, quarter = year * 4 + quarter - 1, year = the year. Labels are those of voc/period.ts
// ("2024-W05", "2024-03", "2024-Q1", "2024"), so text order is time order.
import { Period, periodLabel } from "../voc/period";

const MS_PER_DAY = 86_400_000;

/** Year and month (1-12) of an epoch day, by integer arithmetic (Hinnant's civil_from_days); fast enough for 10^6 rows. */
export function yearMonth(day: number): { year: number; month: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

/** Index of the period holding an epoch day; consecutive periods have consecutive indices. */
export function periodIndex(day: number, period: Period): number {
  if (period === "week") return Math.floor((day + 3) / 7); // 1970-01-01 was a Thursday: its week began on day -3
  const { year, month } = yearMonth(day);
  if (period === "month") return year * 12 + month - 1;
  if (period === "quarter") return year * 4 + Math.floor((month - 1) / 3);
  return year;
}

/** Epoch day of the first day of a period index. */
export function periodStart(index: number, period: Period): number {
  if (period === "week") return index * 7 - 3;
  if (period === "month") return Date.UTC(Math.floor(index / 12), index % 12, 1) / MS_PER_DAY;
  if (period === "quarter") return Date.UTC(Math.floor(index / 4), (index % 4) * 3, 1) / MS_PER_DAY;
  return Date.UTC(index, 0, 1) / MS_PER_DAY;
}

/** Epoch day of the last day of a period index. */
export function periodEnd(index: number, period: Period): number {
  return periodStart(index + 1, period) - 1;
}

/** "2024-03", "2024-W05", "2024-Q1", "2024". */
export function periodIndexLabel(index: number, period: Period): string {
  return periodLabel(periodStart(index, period), period);
}

/** "Month", "Week", "Quarter", "Year": the column headers of periods since acquisition ("Month 0", "Month 1"). */
export function periodNoun(period: Period): string {
  return period[0].toUpperCase() + period.slice(1);
}
