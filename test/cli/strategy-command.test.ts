// `cx valuecurve`, `cx errc`, `cx score` and `cx matrix` end to end (in-process): the tables equal
// what =CX.VALUECURVE, =CX.VALUECURVE.SUMMARY, =CX.ERRC, =CX.SCORE and =CX.MATRIX.SUMMARY spill for
// the same cells, values worked out by hand, and errors naming the flag or the column.
// These fail until the commands are registered in src/cli/main.ts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errc, matrixSummary, valueCurve, valueCurveSummary } from "../../src/functions/strategy";
import { ROOT, runCli } from "./run-cli";

const CANVAS = join(ROOT, "examples", "strategy-canvas.csv");
type Row = Record<string, unknown>;
const json = (stdout: string) => JSON.parse(stdout) as Row[];
const body = (stdout: string, header: unknown[]) => json(stdout).map((o) => header.map((h) => o[h as string]));
const dir = mkdtempSync(join(tmpdir(), "cx-strategy-"));
function csv(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/*
 * examples/strategy-canvas.csv, our hotel against the mean of the other three (tolerance 0.5):
 *   Price 1 vs 2 Reduce; Eating facilities 0 vs 2 Eliminate; Architectural aesthetics 0 vs 4/3
 *   Eliminate; Lobby 1 vs 2 Reduce; Room size 2 vs 2 Match; Receptionist 1 vs 8/3 Reduce; Bed
 *   quality 5 vs 2 Raise; Hygiene 5 vs 7/3 Raise; Room quietness 4 vs 5/3 Raise; Self check-in 4 vs
 *   0 Create. Divergence (1+2+4/3+1+0+5/3+3+8/3+7/3+4)/10 = 1.9; focus 4/10.
 */
const FACTORS = [["Factor"], ["Price"], ["Eating facilities"], ["Architectural aesthetics"], ["Lobby"], ["Room size"], ["Receptionist availability"], ["Bed quality"], ["Hygiene"], ["Room quietness"], ["Self check-in kiosk"]];
const LEVELS = [
  ["Our hotel", "Two-star chain", "One-star motel", "Hostel"],
  [1, 3, 2, 1],
  [0, 3, 1, 2],
  [0, 2, 1, 1],
  [1, 3, 1, 2],
  [2, 3, 2, 1],
  [1, 4, 2, 2],
  [5, 3, 2, 1],
  [5, 3, 2, 2],
  [4, 3, 1, 1],
  [4, 0, 0, 0],
];

describe("cx valuecurve", () => {
  test("the actions of the sample canvas, equal to =CX.VALUECURVE", async () => {
    const r = await runCli("valuecurve", "-i", CANVAS, "--factor", "Factor", "--tolerance", "0.5", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = valueCurve(FACTORS, LEVELS, undefined, undefined, 0.5);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(json(r.stdout).map((o) => o.Action)).toEqual(["Reduce", "Eliminate", "Eliminate", "Reduce", "Match", "Reduce", "Raise", "Raise", "Raise", "Create"]);
  });
  test("--table summary: divergence 1.9 and focus 0.4", async () => {
    const r = await runCli("valuecurve", "-i", CANVAS, "--factor", "Factor", "--tolerance", "0.5", "--table", "summary", "--format", "json");
    expect(r.code).toBe(0);
    const m = Object.fromEntries(json(r.stdout).map((o) => [o.Measure, o.Value]));
    expect(m.Divergence).toBeCloseTo(1.9, 12);
    expect(m.Focus).toBeCloseTo(0.4, 12);
    expect(body(r.stdout, ["Measure", "Value"])).toEqual(valueCurveSummary(FACTORS, LEVELS, undefined, undefined, 0.5).slice(1));
  });
  test("errors name the flag", async () => {
    const r = await runCli("valuecurve", "-i", CANVAS, "--factor", "Factor", "--own", "Nobody");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--own: 'Nobody' is not one of the offerings/);
    const t = await runCli("valuecurve", "-i", CANVAS, "--factor", "Factor", "--tolerance", "-1");
    expect(t.stderr).toMatch(/--tolerance/);
  });
});

describe("cx errc", () => {
  test("the grid, equal to =CX.ERRC", async () => {
    const file = csv("plan.csv", "Factor,Today,Proposed\nPrice,3,1\nLobby,3,0\nBeds,3,5\nKiosk,0,4\nHygiene,3,3\n");
    const r = await runCli("errc", "-i", file, "--factor", "Factor", "--current", "Today", "--new", "Proposed", "--format", "json");
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual([{ Eliminate: "Lobby", Reduce: "Price", Raise: "Beds", Create: "Kiosk" }]);
    const spilled = errc([["Factor"], ["Price"], ["Lobby"], ["Beds"], ["Kiosk"], ["Hygiene"]], [["Today"], [3], [3], [3], [0], [3]], [["Proposed"], [1], [0], [5], [4], [3]]);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
  });
});

describe("cx score", () => {
  test("known ranks with a cost weight and a tie", async () => {
    // As test/core/strategy: scores 0.375, 0.75, 1, 0.25, 0.375; ranks 3, 2, 1, 5, 3.
    const file = csv("opps.csv", "Name,Return,Difficulty\nA,10,5\nB,20,5\nC,20,1\nD,0,1\nE,10,5\n");
    const r = await runCli("score", "-i", file, "--columns", "Return,Difficulty", "--weights", "3,-1", "--format", "json");
    expect(r.code).toBe(0);
    const rows = json(r.stdout);
    expect(rows.map((o) => o.Rank)).toEqual([3, 2, 1, 5, 3]);
    expect(rows.map((o) => o.Score)).toEqual([0.375, 0.75, 1, 0.25, 0.375]);
    expect(rows[0].Row).toBe(2);
  });
  test("--weights of the wrong length names the flag", async () => {
    const file = csv("opps2.csv", "Return,Difficulty\n1,2\n");
    const r = await runCli("score", "-i", file, "--columns", "Return,Difficulty", "--weights", "1");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--weights: has 1 values/);
  });
});

describe("cx matrix", () => {
  test("--table quadrants, equal to =CX.MATRIX.SUMMARY", async () => {
    const file = csv("xy.csv", "Value,Effort\n1,4\n2,3\n3,2\n4,1\n");
    const r = await runCli("matrix", "-i", file, "--x", "Value", "--y", "Effort", "--table", "quadrants", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = matrixSummary([["Value"], [1], [2], [3], [4]], [["Effort"], [4], [3], [2], [1]]);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(json(r.stdout).map((o) => o.Count)).toEqual([2, 0, 0, 2]);
  });
});
