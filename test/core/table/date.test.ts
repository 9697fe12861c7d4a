import { epochDayFromSerial, epochDayFromYmd, isoFromEpochDay, parseDate, serialFromEpochDay } from "../../../src/core/table/date";

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe("Excel serial dates (1900 system)", () => {
  // Published anchors: DATE(1900,1,1) = 1, DATE(1900,2,28) = 59, serial 60 is Excel's fictitious
  // 1900-02-29, DATE(1900,3,1) = 61, DATE(1970,1,1) = 25569, DATE(2024,1,1) = 45292.
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45292, "2024-01-01"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(epochDayFromSerial(serial)).toBe(day(iso));
    expect(serialFromEpochDay(day(iso))).toBe(serial);
    expect(isoFromEpochDay(day(iso))).toBe(iso);
  });

  test("serial 60, Excel's 29 February 1900, is reported, not guessed", () => {
    expect(epochDayFromSerial(60)).toBe("phantom-leap-day");
  });

  test("time of day is dropped", () => {
    expect(epochDayFromSerial(45292.99)).toBe(day("2024-01-01"));
  });

  test("serials outside Excel's range", () => {
    expect(epochDayFromSerial(0)).toBe("out-of-range");
    expect(epochDayFromSerial(-5)).toBe("out-of-range");
    expect(epochDayFromSerial(2958466)).toBe("out-of-range");
  });

  test("serial and epoch day round-trip over the whole range", () => {
    for (let s = 1; s <= 2958465; s += 997) {
      if (s === 60) continue;
      const d = epochDayFromSerial(s) as number;
      expect(serialFromEpochDay(d)).toBe(s);
    }
  });
});

describe("parseDate", () => {
  test.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-3-5", "2024-03-05"],
    [" 2024-03-05 ", "2024-03-05"],
    ["2024-03-05T23:30:00-05:00", "2024-03-05"],
    ["2024-03-05 08:15", "2024-03-05"],
    ["2024-03-05T08:15:00.123Z", "2024-03-05"],
    ["20240305", "2024-03-05"],
    ["2024/03/05", "2024-03-05"],
    ["2024.03.05", "2024-03-05"],
    ["2024年3月5日", "2024-03-05"],
  ])("text %s", (text, iso) => {
    expect(parseDate(text)).toBe(day(iso));
  });

  test("numbers: serials and yyyymmdd", () => {
    expect(parseDate(45356)).toBe(day("2024-03-05"));
    expect(parseDate(20240305)).toBe(day("2024-03-05"));
    expect(parseDate(20241340)).toBe("not-a-date");
  });

  test("JS Dates from XLSX readers use the UTC calendar date", () => {
    expect(parseDate(new Date(Date.UTC(2024, 2, 5)))).toBe(day("2024-03-05"));
    expect(parseDate(new Date(NaN))).toBe("not-a-date");
  });

  test.each(["2023-02-29", "2024-13-01", "2024-04-31", "3/5/2024", "05.03.2024", "yesterday", "1899-12-31", "2024-03"])(
    "rejects %s",
    (text) => {
      expect(typeof parseDate(text)).toBe("string");
    },
  );

  test("rejects booleans and objects", () => {
    expect(parseDate(true)).toBe("not-a-date");
    expect(parseDate({})).toBe("not-a-date");
  });

  test("epochDayFromYmd checks the calendar", () => {
    expect(epochDayFromYmd(2024, 2, 29)).toBe(day("2024-02-29"));
    expect(epochDayFromYmd(2100, 2, 29)).toBeUndefined();
    expect(epochDayFromYmd(2000, 2, 29)).toBe(day("2000-02-29"));
  });
});
