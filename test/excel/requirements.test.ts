// The start-up requirement check: which sets an Excel lacks and what that leaves unavailable,
// for typical Excel versions (sets as the Office docs list them) and for every combination.
import fs from "fs";
import path from "path";
import { FEATURES, REQUIREMENTS, type Requirement, checkRequirements } from "../../src/excel/requirements";

/** An Excel supporting each named set up to the given version (numeric compare: 1.12 > 1.9). */
function excelWith(sets: Record<string, string>) {
  const parse = (v: string) => v.split(".").map(Number);
  return (name: string, version: string) => {
    const have = sets[name];
    if (have === undefined) return false;
    const [a, b] = [parse(have), parse(version)];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? 0) - (b[i] ?? 0);
      if (d !== 0) return d > 0;
    }
    return true;
  };
}

const label = (r: Requirement) => `${r.set} ${r.version}`;

describe("REQUIREMENTS", () => {
  test("lists the sets the add-in uses, the writing minimum first", () => {
    expect(REQUIREMENTS.map(label)).toEqual([
      "ExcelApi 1.7",
      "SharedRuntime 1.1",
      "CustomFunctionsRuntime 1.1",
      "ExcelApi 1.4",
      "ExcelApi 1.12",
      "ExcelApi 1.8",
      "ExcelApi 1.9",
    ]);
    expect(FEATURES).toEqual(["writeSheets", "customFunctions", "storedAnalyses", "convertSpills", "secondaryAxis", "formulaScan"]);
  });

  test("includes every set manifest.xml requires, at the same version", () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");
    const required = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(required).toEqual(["ExcelApi 1.7", "SharedRuntime 1.1"]);
    for (const set of required) expect(REQUIREMENTS.map(label)).toContain(set);
  });
});

describe("checkRequirements", () => {
  test("Microsoft 365 / Excel on the web: everything supported, nothing to report", () => {
    const check = checkRequirements(excelWith({ ExcelApi: "1.17", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.4" }));
    expect(check).toEqual({
      missing: [],
      unavailable: [],
      canWrite: true,
      canStore: true,
      canConvert: true,
      hasCustomFunctions: true,
      allSupported: true,
    });
  });

  test("an Excel 2019 volume-licensed like host (ExcelApi 1.7, no shared runtime): writes sheets, no =CX.*, no conversion", () => {
    const check = checkRequirements(excelWith({ ExcelApi: "1.7" }));
    expect(check.missing.map(label)).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1", "ExcelApi 1.12", "ExcelApi 1.8", "ExcelApi 1.9"]);
    expect(check.unavailable).toEqual([
      { feature: "customFunctions", needs: ["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"] },
      { feature: "convertSpills", needs: ["ExcelApi 1.12"] },
      { feature: "secondaryAxis", needs: ["ExcelApi 1.8"] },
      { feature: "formulaScan", needs: ["ExcelApi 1.9"] },
    ]);
    expect([check.canWrite, check.canStore, check.canConvert, check.hasCustomFunctions, check.allSupported]).toEqual([true, true, false, false, false]);
  });

  test("ExcelApi 1.11 with the runtimes (before dynamic-array spill APIs): only the conversion is missing", () => {
    const check = checkRequirements(excelWith({ ExcelApi: "1.11", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" }));
    expect(check.unavailable).toEqual([{ feature: "convertSpills", needs: ["ExcelApi 1.12"] }]);
    expect([check.canWrite, check.canStore, check.canConvert, check.hasCustomFunctions]).toEqual([true, true, false, true]);
  });

  test("ExcelApi 1.6: the wizards cannot write, settings still work", () => {
    const check = checkRequirements(excelWith({ ExcelApi: "1.6", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" }));
    expect(check.missing.map(label)).toEqual(["ExcelApi 1.7", "ExcelApi 1.12", "ExcelApi 1.8", "ExcelApi 1.9"]);
    expect(check.unavailable.map((u) => u.feature)).toEqual(["writeSheets", "convertSpills", "secondaryAxis", "formulaScan"]);
    expect([check.canWrite, check.canStore, check.hasCustomFunctions]).toEqual([false, true, true]);
  });

  test("ExcelApi 1.3 (Excel 2016 era): no writing and no stored analyses either", () => {
    const check = checkRequirements(excelWith({ ExcelApi: "1.3" }));
    expect(check.unavailable.map((u) => u.feature)).toEqual([...FEATURES]);
    expect(check.missing).toHaveLength(REQUIREMENTS.length);
    expect([check.canWrite, check.canStore, check.canConvert, check.hasCustomFunctions, check.allSupported]).toEqual([false, false, false, false, false]);
  });

  test("only one of the two runtimes still leaves the =CX.* functions unavailable, naming the missing one", () => {
    const check = checkRequirements(excelWith({ ExcelApi: "1.12", SharedRuntime: "1.1" }));
    expect(check.unavailable).toEqual([{ feature: "customFunctions", needs: ["CustomFunctionsRuntime 1.1"] }]);
    expect(check.hasCustomFunctions).toBe(false);
  });

  test("a host that throws or answers nothing counts as lacking the set", () => {
    const throwing = checkRequirements((name) => {
      if (name === "CustomFunctionsRuntime") throw new Error("unknown set");
      return true;
    });
    expect(throwing.missing.map(label)).toEqual(["CustomFunctionsRuntime 1.1"]);
    const undefinedAnswers = checkRequirements(() => undefined as unknown as boolean);
    expect(undefinedAnswers.missing).toHaveLength(REQUIREMENTS.length);
  });

  test("asks with each set's own name and version", () => {
    const asked: string[] = [];
    checkRequirements((name, version) => {
      asked.push(`${name} ${version}`);
      return true;
    });
    expect(asked).toEqual(REQUIREMENTS.map(label));
  });

  // All 2^7 = 128 combinations of supported sets: missing is exactly the unsupported ones in list
  // order; each flag is false exactly when one of its feature's sets is missing.
  test("every combination of supported sets", () => {
    const n = REQUIREMENTS.length;
    for (let mask = 0; mask < 1 << n; mask++) {
      const supported = new Set(REQUIREMENTS.filter((_r, i) => mask & (1 << i)).map(label));
      const check = checkRequirements((name, version) => supported.has(`${name} ${version}`));
      const missing = REQUIREMENTS.filter((r) => !supported.has(label(r)));
      const lacks = (feature: string) => missing.some((r) => r.feature === feature);
      expect(check.missing).toEqual(missing);
      expect(check.unavailable.map((u) => u.feature)).toEqual(FEATURES.filter(lacks));
      for (const u of check.unavailable) expect(u.needs).toEqual(missing.filter((r) => r.feature === u.feature).map(label));
      expect({
        mask,
        canWrite: check.canWrite,
        canStore: check.canStore,
        canConvert: check.canConvert,
        hasCustomFunctions: check.hasCustomFunctions,
        allSupported: check.allSupported,
      }).toEqual({
        mask,
        // Bits in REQUIREMENTS order: 0 ExcelApi 1.7, 1 SharedRuntime, 2 CustomFunctionsRuntime,
        // 3 ExcelApi 1.4, 4 ExcelApi 1.12, 5 ExcelApi 1.8, 6 ExcelApi 1.9.
        canWrite: (mask & 0b0000001) !== 0,
        canStore: (mask & 0b0001000) !== 0,
        canConvert: (mask & 0b0010000) !== 0,
        hasCustomFunctions: (mask & 0b0000110) === 0b0000110,
        allSupported: mask === 0b1111111,
      });
    }
  });
});
