// The `params` argument of =CX.PALIVE, =CX.PURCHASES and =CX.SPEND: either the table =CX.CLV.FIT
// or =CX.SPEND.FIT spills (model, parameter, estimate, ...; the model found by its label and each
// parameter by its name, so a table holding several models works), a two-column range of
// parameter names and values, or just the numbers in a row or a column, in the model's order.
import { GAMMA_GAMMA_PARAM_NAMES, modelArg, purchaseModels, type PurchaseModel, type PurchaseModelName } from "../core/clv";
import { isBlank } from "../core/table/blank";
import { argError, describeCell } from "../core/table/errors";
import { parseNumber } from "../core/table/number";
import { scalarOf } from "../core/table/scalars";
import { GAMMA_GAMMA_LABEL } from "../core/clv/fit-tables";

const LABEL = "params";

/** Every parameter name of the purchase and spend models (lower case). */
const KNOWN_NAMES = new Set<string>([...Object.values(purchaseModels).flatMap((m) => m.paramNames), ...GAMMA_GAMMA_PARAM_NAMES].map((n) => n.toLowerCase()));

interface Entry {
  /** Model label cell, when the range has a model column. */
  model?: unknown;
  name: string;
  value: unknown;
}

interface Entries {
  entries: Entry[];
  hasModelColumn: boolean;
}

const norm = (v: unknown): string => (typeof v === "string" ? v.trim().toLowerCase() : "");

/** A range argument as rows (a single value is a 1 x 1 range; a flat list a column). */
function gridOf(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  return v.map((row) => (Array.isArray(row) ? row : [row]));
}

/** The cells of the range when every non-blank one is a number (or numeric text); undefined otherwise. */
function numbersOnly(grid: unknown[][]): unknown[] | undefined {
  const cells = grid.flat().filter((c) => !isBlank(c));
  return cells.every((c) => parseNumber(c) !== undefined) ? cells : undefined;
}

function entriesFrom(grid: unknown[][], nameCol: number, valueCol: number, modelCol: number, from = 0): Entry[] {
  const out: Entry[] = [];
  for (let i = from; i < grid.length; i++) {
    const name = norm(grid[i][nameCol]);
    if (name === "") continue;
    out.push({ name, value: grid[i][valueCol], model: modelCol >= 0 ? grid[i][modelCol] : undefined });
  }
  return out;
}

const namedRows = (grid: unknown[][], nameCol: number) => grid.filter((row) => KNOWN_NAMES.has(norm(row[nameCol]))).length;

/** The parameter rows of a table-like range, by its header row, or its shape. */
function tableEntries(grid: unknown[][]): Entries | undefined {
  const width = Math.max(0, ...grid.map((r) => r.length));
  // A header row with "Parameter" and "Estimate" (and maybe "Model"): the columns by name.
  for (let h = 0; h < grid.length; h++) {
    const cells = grid[h].map(norm);
    const nameCol = cells.indexOf("parameter");
    const valueCol = cells.indexOf("estimate");
    if (nameCol >= 0 && valueCol >= 0) {
      const modelCol = cells.indexOf("model");
      return { entries: entriesFrom(grid, nameCol, valueCol, modelCol, h + 1), hasModelColumn: modelCol >= 0 };
    }
  }
  // Names in a row with the values below them.
  if (grid.length === 2 && grid[0].some((c) => KNOWN_NAMES.has(norm(c)))) {
    const pairs = grid[0].map((name, j) => [name, grid[1][j]]);
    return { entries: entriesFrom(pairs, 0, 1, -1), hasModelColumn: false };
  }
  // No header: model | parameter | estimate ..., else parameter | estimate.
  if (width >= 3 && namedRows(grid, 1) > 0) return { entries: entriesFrom(grid, 1, 2, 0), hasModelColumn: true };
  if (width >= 2 && namedRows(grid, 0) > 0) return { entries: entriesFrom(grid, 0, 1, -1), hasModelColumn: false };
  return undefined;
}

/** The range a fit can return (|ln theta| <= 30, mle.ts), rounded inwards: beyond it the formulas lose their digits. */
const PARAM_MIN = 1e-12;
const PARAM_MAX = 1e12;

function positive(v: unknown, what: string): number {
  const n = parseNumber(v);
  if (n === undefined || !(n > 0)) throw argError(LABEL, `${what} is ${describeCell(v)}: it must be a number above 0`);
  if (n < PARAM_MIN || n > PARAM_MAX) throw argError(LABEL, `${what} is ${describeCell(v)}: it must be between 1e-12 and 1e12, the range a fit can return`);
  return n;
}

function fromNumbers(cells: unknown[], label: string, names: readonly string[]): number[] {
  if (cells.length !== names.length) {
    throw argError(LABEL, `give the ${label} parameters ${names.join(", ")} as ${names.length} numbers (got ${cells.length} numbers)`);
  }
  return cells.map((c, k) => positive(c, `${label} ${names[k]}`));
}

function fromEntries(entries: Entry[], label: string, names: readonly string[]): number[] {
  return names.map((name) => {
    const hit = entries.find((e) => e.name === name.toLowerCase());
    if (!hit) throw argError(LABEL, `has no row for the ${label} parameter ${name}`);
    return positive(hit.value, `${label} ${name}`);
  });
}

function nonBlankCells(grid: unknown[][], what: string): void {
  if (grid.flat().every(isBlank)) throw argError(LABEL, `is blank: give ${what}`);
}

function purchaseModelOfLabel(label: unknown): PurchaseModelName | undefined {
  if (typeof label !== "string" || isBlank(label)) return undefined;
  try {
    return modelArg(label);
  } catch {
    return undefined;
  }
}

export interface PurchaseParams {
  model: PurchaseModel;
  params: number[];
}

/**
 * The purchase model and its parameters from `params` (see the top of the file) and the optional
 * `model` argument (default BG/NBD for bare numbers; for a table, the one purchase model it holds).
 */
export function purchaseParamsArg(params: unknown, model?: unknown): PurchaseParams {
  const wanted = isBlank(scalarOf(model)) ? undefined : modelArg(model);
  const grid = gridOf(params);
  nonBlankCells(grid, "the table =CX.CLV.FIT spills, or r, alpha, a, b as 4 numbers");
  const numbers = numbersOnly(grid);
  if (numbers) {
    const m = purchaseModels[wanted ?? "bgnbd"];
    return { model: m, params: fromNumbers(numbers, m.label, m.paramNames) };
  }
  const table = tableEntries(grid);
  if (!table) throw argError(LABEL, "no parameter names found: give the table =CX.CLV.FIT spills (model, parameter, estimate), or r, alpha, a, b as 4 numbers");
  let name: PurchaseModelName = wanted ?? "bgnbd";
  let entries = table.entries;
  if (table.hasModelColumn) {
    const byModel = new Map<PurchaseModelName, Entry[]>();
    for (const e of entries) {
      const k = purchaseModelOfLabel(e.model);
      if (k) byModel.set(k, [...(byModel.get(k) ?? []), e]);
    }
    const found = [...byModel.keys()].map((k) => purchaseModels[k].label);
    if (wanted) {
      if (!byModel.has(wanted)) {
        throw argError(LABEL, `has no ${purchaseModels[wanted].label} parameters (${found.length > 0 ? `it holds ${found.join(", ")}` : "it holds no purchase model"})`);
      }
    } else if (byModel.size === 0) {
      throw argError(LABEL, "holds no BG/NBD, MBG/NBD or Pareto/NBD parameters: give the table =CX.CLV.FIT spills, or r, alpha, a, b as 4 numbers");
    } else if (byModel.size > 1) {
      throw argError(LABEL, `holds the parameters of several models (${found.join(", ")}): say which with the model argument`);
    } else {
      name = [...byModel.keys()][0];
    }
    entries = byModel.get(name)!;
  }
  const m = purchaseModels[name];
  return { model: m, params: fromEntries(entries, m.label, m.paramNames) };
}

const isGammaGammaLabel = (v: unknown) => ["gamma-gamma", "gammagamma", "gamma gamma", "gamma/gamma"].includes(norm(v));

/** Gamma-Gamma p, q, gamma from `params`: the table =CX.SPEND.FIT spills, name/value rows, or 3 numbers. */
export function spendParamsArg(params: unknown): number[] {
  const grid = gridOf(params);
  const what = "the table =CX.SPEND.FIT spills, or p, q, gamma as 3 numbers";
  nonBlankCells(grid, what);
  const numbers = numbersOnly(grid);
  if (numbers) return fromNumbers(numbers, GAMMA_GAMMA_LABEL, GAMMA_GAMMA_PARAM_NAMES);
  const table = tableEntries(grid);
  if (!table) throw argError(LABEL, `no parameter names found: give ${what}`);
  let entries = table.entries;
  if (table.hasModelColumn) {
    entries = entries.filter((e) => isGammaGammaLabel(e.model));
    if (entries.length === 0) throw argError(LABEL, `holds no Gamma-Gamma parameters: give ${what}`);
  }
  return fromEntries(entries, GAMMA_GAMMA_LABEL, GAMMA_GAMMA_PARAM_NAMES);
}
