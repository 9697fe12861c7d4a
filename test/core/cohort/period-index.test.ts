// Period numbers: consecutive periods have consecutive numbers, and the labels are voc/period.ts's.
import fc from "fast-check";
import { periodEnd, periodIndex, periodIndexLabel, periodStart, yearMonth } from "../../../src/core/cohort";
import { epochDayFromYmd, isoFromEpochDay } from "../../../src/core/table/date";
import { PERIODS, periodLabel } from "../../../src/core/voc/period";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return epochDayFromYmd(y, m, d)!;
};

test("year and month of an epoch day agree with the calendar (1900 to 9999)", () => {
  fc.assert(
    fc.property(fc.integer({ min: day("1900-01-01"), max: day("9999-12-31") }), (d) => {
      const iso = isoFromEpochDay(d);
      expect(yearMonth(d)).toEqual({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) });
    }),
  );
});

test("each day lies in its period, whose label is the day's label", () => {
  fc.assert(
    fc.property(fc.integer({ min: day("1900-01-01"), max: day("9999-12-01") }), fc.constantFrom(...PERIODS), (d, period) => {
      const p = periodIndex(d, period);
      expect(periodStart(p, period)).toBeLessThanOrEqual(d);
      expect(periodEnd(p, period)).toBeGreaterThanOrEqual(d);
      expect(periodStart(p + 1, period)).toBe(periodEnd(p, period) + 1);
      expect(periodIndexLabel(p, period)).toBe(periodLabel(d, period));
    }),
  );
});

test("worked examples: ISO weeks start on Monday; months, quarters, years", () => {
  // 2024-01-01 is a Monday, the first day of 2024-W01; 2023-12-31 (a Sunday) ends 2023-W52.
  expect(periodIndex(day("2024-01-01"), "week") - periodIndex(day("2023-12-31"), "week")).toBe(1);
  expect(periodIndexLabel(periodIndex(day("2023-12-31"), "week"), "week")).toBe("2023-W52");
  expect(isoFromEpochDay(periodStart(periodIndex(day("2024-01-07"), "week"), "week"))).toBe("2024-01-01");
  expect(periodIndex(day("2024-03-15"), "month") - periodIndex(day("2023-12-01"), "month")).toBe(3);
  expect(periodIndexLabel(periodIndex(day("2024-05-31"), "quarter"), "quarter")).toBe("2024-Q2");
  expect(isoFromEpochDay(periodEnd(periodIndex(day("2024-02-10"), "month"), "month"))).toBe("2024-02-29");
  expect(periodIndex(day("2024-07-04"), "year")).toBe(2024);
});
