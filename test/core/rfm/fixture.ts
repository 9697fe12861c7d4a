// A small hand-worked data set (see rfm.test.ts for every value worked out).
import { epochDayFromYmd } from "../../../src/core/table/date";

const d = (iso: string) => epochDayFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))!;

export const ROWS: [string, string, number][] = [
  ["A", "2024-01-01", 100],
  ["B", "2024-05-15", 20],
  ["A", "2024-03-01", 50],
  ["C", "2024-02-10", 500],
  ["C", "2024-02-10", 100],
  ["D", "2024-06-20", 80],
  ["A", "2024-06-01", 150],
  ["C", "2024-06-10", -100],
  ["E", "2023-12-01", 30],
  ["D", "2024-06-25", 40],
];

export const TX = {
  customer: ROWS.map((r) => r[0]),
  day: Float64Array.from(ROWS.map((r) => d(r[1]))),
  amount: Float64Array.from(ROWS.map((r) => r[2])),
};

export const day = d;
