// A fake Excel for the Office.js gateway, built from office-addin-mock's OfficeMockObject: the
// request context, worksheets and ranges are mock objects (load() then context.sync() makes their
// scalar properties readable, as in Office.js), wired to a small workbook model that records
// every call, every values / numberFormat assignment (in order, with the sync that carries it and
// its payload), charts, tables and conditional formats, and can fail a given sync. It also holds
// workbook settings, formulas with spilled results (setFormula, Range.formulas, special cells,
// getSpillingToRangeOrNullObject), sheet renames and moves, and lets "another user" edit the
// workbook at a given sync (beforeSync).
import { OfficeMockObject } from "office-addin-mock";
import type { Cell } from "../../src/core/report";
import { formatAddress, parseAddress } from "../../src/excel/address";
import type { RangeRef } from "../../src/excel/gateway";
import { enterValue, MemoryCell, putFormula } from "../../src/excel/memory-gateway";

export interface FakeTable {
  name: string;
  ref: RangeRef;
}

export interface FakeSheet {
  name: string;
  id: string;
  cells: (MemoryCell | undefined)[][];
  tables: FakeTable[];
}

export interface RangeWrite {
  prop: "values" | "numberFormat";
  sheet: string;
  ref: RangeRef;
  value: unknown[][];
  /** 1-based number of the context.sync() that carries it. */
  sync: number;
}

export interface Call {
  name: string;
  args: unknown[];
  sync: number;
}

export interface FakeSeries {
  name?: string;
  values?: RangeRef;
  xValues?: RangeRef;
  axisGroup?: string;
  chartType?: string;
  /** format.line.weight, when set. */
  lineWeight?: number;
}

export interface FakeChart {
  sheet: string;
  type: string;
  source: RangeRef;
  seriesBy: string;
  title: { text?: string };
  legend: { visible?: boolean; position?: string };
  series: FakeSeries[];
  position?: [string, string];
}

export interface FakeColorScale {
  sheet: string;
  type: string;
  ref: RangeRef;
  colorScale: { criteria?: unknown };
}

/** An Office-style error: a message and a code such as "ItemNotFound". */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

const rangeOf = (row: number, col: number, rows: number, cols: number): RangeRef => ({ row, col, rows, cols });

export class FakeExcel {
  sheets: FakeSheet[] = [];
  active = "";
  selection: { sheet: string; ref: RangeRef } | undefined;
  definedNames = new Map<string, { sheet: string; ref: RangeRef }>();
  otherTables: string[] = [];
  syncs = 0;
  runs = 0;
  writes: RangeWrite[] = [];
  calls: Call[] = [];
  charts: FakeChart[] = [];
  colorScales: FakeColorScale[] = [];
  /** Ranges handed out by getRangeByIndexes, with what was asked of them. */
  ranges: { sheet: string; ref: RangeRef; range: Record<string, unknown>; loaded: string[] }[] = [];
  /** Bytes of values and number formats carried by each sync (index 0 = first sync). */
  payloads: number[] = [];
  /** Throw `error` at the `at`-th sync (1-based, counted over all runs). */
  failSync: { at: number; error: Error } | undefined;
  /** Run `edit` (another user's change) just before the `at`-th sync is carried out. */
  beforeSync: { at: number; edit: (fake: FakeExcel) => void } | undefined;
  /** Workbook.settings. */
  settings = new Map<string, unknown>();

  private pending = 0;
  private pendingError: Error | undefined;
  private tracked: OfficeMockObject[] = [];
  private refs = new WeakMap<object, { sheet: string; ref: RangeRef }>();
  private nextId = 1;

  addSheet(name: string, values: unknown[][] = []): FakeSheet {
    const sheet: FakeSheet = { name, id: `{sheet-${this.nextId++}}`, cells: values.map((row) => row.map((v) => (v === "" ? undefined : { value: v as MemoryCell["value"] }))), tables: [] };
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  find(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toUpperCase() === key.toUpperCase());
  }

  /** Values of a rectangle of a sheet as Excel returns them. */
  read(sheet: string, ref: RangeRef): unknown[][] {
    const s = this.find(sheet);
    return Array.from({ length: ref.rows }, (_, i) => Array.from({ length: ref.cols }, (_, j) => s?.cells[ref.row + i]?.[ref.col + j]?.value ?? ""));
  }

  cell(sheet: string, row: number, col: number): MemoryCell | undefined {
    return this.find(sheet)?.cells[row]?.[col];
  }

  /** A formula at `address` with its calculated result spilling from it (see MemoryWorkbook.setFormula). */
  setFormula(sheet: string, address: string, formula: string, values: Cell[][]): void {
    putFormula(this.find(sheet)!.cells, parseAddress(address), formula, values);
  }

  /** A table on `sheet` over `address`, as Insert > Table makes one. */
  addTable(sheet: string, name: string, address: string): void {
    const p = parseAddress(address);
    this.find(sheet)!.tables.push({ name, ref: { row: p.row, col: p.col, rows: p.rows, cols: p.cols } });
  }

  /** The batch runner handed to OfficeWorkbook: a fresh mock context per run, like Excel.run. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    this.tracked = [];
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  callsNamed(name: string): Call[] {
    return this.calls.filter((c) => c.name === name);
  }

  // ---- the mock object model ----

  private call(name: string, ...args: unknown[]): void {
    this.calls.push({ name, args, sync: this.syncs + 1 });
  }

  private track<T extends OfficeMockObject>(m: T): T {
    this.tracked.push(m);
    return m;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    this.payloads.push(this.pending);
    this.pending = 0;
    this.calls.push({ name: "sync", args: [], sync: this.syncs });
    if (this.beforeSync?.at === this.syncs) this.beforeSync.edit(this);
    if (this.pendingError) {
      const e = this.pendingError;
      this.pendingError = undefined;
      throw e;
    }
    if (this.failSync?.at === this.syncs) throw this.failSync.error;
    // Resolve every load() queued on the mock objects of this run.
    for (const m of this.tracked) await m.sync();
    await new Promise((resolve) => setImmediate(resolve));
  }

  private context(): OfficeMockObject {
    // The context itself is not tracked: its sync is the one below.
    const ctx = (
      new OfficeMockObject({
        workbook: {
          worksheets: {
            getItemOrNullObject: (key: string) => {
              this.call("getItemOrNullObject", key);
              return this.sheetMock(key);
            },
            getItem: (key: string) => {
              if (!this.find(key)) this.pendingError ??= new OfficeError("ItemNotFound", `The requested resource doesn't exist.`);
              return this.sheetMock(key);
            },
            getActiveWorksheet: () => this.sheetMock(this.active),
            add: (name: string) => {
              this.call("worksheets.add", name);
              if (this.find(name)) this.pendingError ??= new OfficeError("ItemAlreadyExists", "A sheet with that name already exists.");
              else this.addSheet(name);
              return this.sheetMock(name);
            },
            load: (what: string) => this.call("worksheets.load", what),
          },
          tables: {
            load: (what: string) => this.call("tables.load", what),
            getItemOrNullObject: (name: string) => {
              this.call("tables.getItemOrNullObject", name);
              const owner = this.sheets.find((s) => s.tables.some((t) => t.name.toUpperCase() === name.toUpperCase()));
              const table = owner?.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
              return { isNullObject: !table, name: table?.name, load: () => undefined, getRange: () => this.rangeMock(owner!.name, table!.ref) };
            },
          },
          settings: {
            add: (key: string, value: unknown) => {
              this.call("settings.add", key, value);
              this.settings.set(key, value);
            },
            getItemOrNullObject: (key: string) => {
              this.call("settings.getItemOrNullObject", key);
              return {
                isNullObject: !this.settings.has(key),
                value: this.settings.get(key),
                load: () => undefined,
                delete: () => {
                  this.call("setting.delete", key);
                  this.settings.delete(key);
                },
              };
            },
          },
          names: {
            getItemOrNullObject: (name: string) => {
              const target = this.definedNames.get(name.toUpperCase());
              const item = this.track(new OfficeMockObject({ getRangeOrNullObject: () => this.rangeMock(target!.sheet, target!.ref) })) as OfficeMockObject & { isNullObject: boolean };
              item.isNullObject = !target;
              return item;
            },
          },
          getSelectedRange: () => {
            if (!this.selection) {
              this.pendingError ??= new OfficeError("InvalidSelection", "The current selection is invalid for this operation.");
              return this.rangeMock(this.active, rangeOf(0, 0, 1, 1));
            }
            return this.rangeMock(this.selection.sheet, this.selection.ref);
          },
        },
        sync: () => this.sync(),
      })
    ) as OfficeMockObject & { workbook: { worksheets: object; tables: object } };
    // Loaded items are worksheets (their names readable at once).
    Object.defineProperty(ctx.workbook.worksheets, "items", { get: () => this.sheets.map((s) => this.sheetData(s.id)) });
    Object.defineProperty(ctx.workbook.tables, "items", { get: () => [...this.otherTables, ...this.sheets.flatMap((s) => s.tables.map((t) => t.name))].map((name) => ({ name })) });
    return ctx;
  }

  /** Data for a worksheet mock (also used as a range's `worksheet`). */
  private sheetData(key: string): Record<string, unknown> {
    const sheet = this.find(key);
    const name = sheet?.name ?? key;
    return {
      name,
      id: sheet?.id ?? "",
      position: sheet ? this.sheets.indexOf(sheet) : -1,
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => this.rangeMock(name, rangeOf(row, col, rows, cols)),
      getUsedRange: (valuesOnly?: boolean) => {
        this.call("getUsedRange", name, valuesOnly);
        return this.rangeMock(name, this.usedRange(name) ?? rangeOf(0, 0, 1, 1));
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        this.call("getUsedRangeOrNullObject", name, valuesOnly);
        const used = this.usedRange(name);
        const m = this.track(new OfficeMockObject({ rowIndex: used?.row ?? 0, columnIndex: used?.col ?? 0, rowCount: used?.rows ?? 0, columnCount: used?.cols ?? 0 })) as OfficeMockObject & { isNullObject: boolean };
        m.isNullObject = !used;
        return m;
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          this.call("tables.add", name, address, hasHeaders);
          const p = parseAddress(address);
          const table: FakeTable = { name: `Table${this.nextId++}`, ref: rangeOf(p.row, p.col, p.rows, p.cols) };
          sheet?.tables.push(table);
          return this.tableObject(table);
        },
        getItem: (tableName: string) => {
          const table = sheet?.tables.find((t) => t.name.toUpperCase() === tableName.toUpperCase());
          if (!table) this.pendingError ??= new OfficeError("ItemNotFound", `no table ${tableName}`);
          return this.tableObject(table ?? { name: tableName, ref: rangeOf(0, 0, 1, 1) });
        },
        load: (what: string) => this.call("sheet.tables.load", name, what),
      },
      charts: {
        add: (type: string, source: object, seriesBy: string) => {
          this.call("charts.add", name, type);
          const chart: FakeChart = { sheet: name, type, source: this.refs.get(source)!.ref, seriesBy, title: {}, legend: {}, series: [{}] };
          this.charts.push(chart);
          const seriesObject = (s: FakeSeries) => ({
            format: {
              line: {
                set weight(v: number) {
                  s.lineWeight = v;
                },
              },
            },
            set name(v: string) {
              s.name = v;
            },
            set axisGroup(v: string) {
              s.axisGroup = v;
            },
            set chartType(v: string) {
              s.chartType = v;
            },
            setValues: (r: object) => {
              s.values = this.refs.get(r)!.ref;
            },
            setXAxisValues: (r: object) => {
              s.xValues = this.refs.get(r)!.ref;
            },
          });
          chart.series[0].values = chart.source;
          return {
            title: chart.title,
            legend: chart.legend,
            series: {
              getItemAt: (i: number) => seriesObject(chart.series[i]),
              add: (seriesName?: string) => {
                const s: FakeSeries = { name: seriesName };
                chart.series.push(s);
                return seriesObject(s);
              },
            },
            setPosition: (a: string, b: string) => {
              chart.position = [a, b];
            },
          };
        },
      },
      activate: () => {
        this.call("activate", name);
        this.active = name;
      },
      delete: () => {
        this.call("delete", sheet?.name ?? name);
        this.sheets = this.sheets.filter((s) => s !== sheet);
        if (!this.sheets.some((s) => s.name === this.active)) this.active = this.sheets[0]?.name ?? "";
      },
    };
  }

  private tableObject(table: FakeTable): Record<string, unknown> {
    const call = (v: string) => this.call("table.name", v);
    return {
      get name() {
        return table.name;
      },
      set name(v: string) {
        call(v);
        table.name = v;
      },
      getRange: () => {
        const owner = this.sheets.find((s) => s.tables.includes(table));
        return this.rangeMock(owner?.name ?? "", table.ref);
      },
    };
  }

  /** Worksheet mocks list their tables like Office.js: tables.items after a load. */
  private withTableItems(m: OfficeMockObject, key: string): void {
    const sheet = this.find(key);
    const tables = (m as unknown as { tables: object }).tables;
    Object.defineProperty(tables, "items", { get: () => (sheet?.tables ?? []).map((t) => this.tableObject(t)) });
  }

  private sheetMock(key: string): OfficeMockObject {
    const sheet = this.find(key);
    const m = this.track(new OfficeMockObject(this.sheetData(key))) as OfficeMockObject & { isNullObject: boolean };
    m.isNullObject = !sheet;
    this.withTableItems(m, key);
    // Renaming and moving a sheet, as worksheet.name = ... / worksheet.position = ... do.
    return new Proxy(m, {
      // The mock's own methods run on the mock itself: its load() assigns loaded properties.
      get: (t, p) => {
        const v = Reflect.get(t, p, t) as unknown;
        return typeof v === "function" ? (v as (...args: unknown[]) => unknown).bind(t) : v;
      },
      set: (t, p, v, receiver) => {
        if (sheet && p === "name") {
          this.call("sheet.name", sheet.name, v);
          if (this.active === sheet.name) this.active = v;
          sheet.name = v;
        }
        if (sheet && p === "position") {
          this.call("sheet.position", sheet.name, v);
          this.sheets = this.sheets.filter((s) => s !== sheet);
          this.sheets.splice(v, 0, sheet);
        }
        return Reflect.set(t, p, v, receiver);
      },
    });
  }

  private rangeMock(sheet: string, ref: RangeRef): Record<string, unknown> {
    const target = this.track(
      new OfficeMockObject({
        rowIndex: ref.row,
        columnIndex: ref.col,
        rowCount: ref.rows,
        columnCount: ref.cols,
        values: this.read(sheet, ref),
        formulas: this.grid(sheet, ref, (c) => c?.formulaText ?? c?.value ?? ""),
        numberFormat: this.grid(sheet, ref, (c) => c?.format ?? "General"),
        worksheet: this.sheetData(sheet),
        format: { font: {}, fill: {} },
        getSpecialCellsOrNullObject: (type: string) => {
          this.call("getSpecialCellsOrNullObject", sheet, type);
          return this.formulaAreas(sheet, ref);
        },
        getSpillingToRangeOrNullObject: () => {
          this.call("getSpillingToRangeOrNullObject", sheet, ref);
          const spill = this.find(sheet)?.cells[ref.row]?.[ref.col]?.spill;
          const r = this.rangeMock(sheet, spill ? rangeOf(ref.row, ref.col, spill.rows, spill.cols) : ref);
          (r as { isNullObject: boolean }).isNullObject = !spill;
          return r;
        },
        conditionalFormats: {
          add: (type: string) => {
            const cf: FakeColorScale = { sheet, type, ref, colorScale: {} };
            this.colorScales.push(cf);
            return { colorScale: cf.colorScale };
          },
        },
      }),
    ) as OfficeMockObject & { isNullObject: boolean };
    target.isNullObject = false;
    this.withTableItems((target as unknown as { worksheet: OfficeMockObject }).worksheet, sheet);
    const record = { sheet, ref, range: target as unknown as Record<string, unknown>, loaded: [] as string[] };
    this.ranges.push(record);
    const originalLoad = target.load.bind(target);
    const proxy = new Proxy(target, {
      get: (t, p, receiver) => {
        if (p === "load")
          return (what: string) => {
            record.loaded.push(what);
            return originalLoad(what);
          };
        return Reflect.get(t, p, receiver);
      },
      set: (t, p, v, receiver) => {
        if ((p === "values" || p === "numberFormat") && Array.isArray(v)) this.recordWrite(p, sheet, ref, v);
        return Reflect.set(t, p, v, receiver);
      },
    });
    this.refs.set(proxy, { sheet, ref });
    return proxy as unknown as Record<string, unknown>;
  }

  private recordWrite(prop: "values" | "numberFormat", sheet: string, ref: RangeRef, value: unknown[][]): void {
    this.writes.push({ prop, sheet, ref, value, sync: this.syncs + 1 });
    this.pending += JSON.stringify(value).length;
    // Apply it as Excel would: formats first (null keeps the cell's format), values entered like typing.
    const s = this.find(sheet);
    if (!s) return;
    value.forEach((row, i) =>
      row.forEach((v, j) => {
        const cells = (s.cells[ref.row + i] ??= []);
        const old = cells[ref.col + j];
        if (prop === "numberFormat") {
          if (v !== null) cells[ref.col + j] = { ...(old ?? { value: "" }), format: v as string };
        } else {
          const entered = enterValue(v as MemoryCell["value"], old?.format);
          cells[ref.col + j] = entered ? { ...entered, ...(old?.format ? { format: old.format } : {}) } : old?.format ? { value: "", format: old.format } : undefined;
        }
      }),
    );
  }

  private grid<T>(sheet: string, ref: RangeRef, pick: (cell: MemoryCell | undefined) => T): T[][] {
    const s = this.find(sheet);
    return Array.from({ length: ref.rows }, (_, i) => Array.from({ length: ref.cols }, (_, j) => pick(s?.cells[ref.row + i]?.[ref.col + j])));
  }

  /** Range.getSpecialCellsOrNullObject("Formulas"): the formula cells of `ref`, runs of a row as one area. */
  private formulaAreas(sheet: string, ref: RangeRef): Record<string, unknown> {
    const areas: { address: string; formulas: unknown[][] }[] = [];
    const s = this.find(sheet);
    for (let r = ref.row; r < ref.row + ref.rows; r++) {
      let start = -1;
      for (let c = ref.col; c <= ref.col + ref.cols; c++) {
        const cell = c < ref.col + ref.cols ? s?.cells[r]?.[c] : undefined;
        if (cell?.formula && start < 0) start = c;
        if (!cell?.formula && start >= 0) {
          const area = rangeOf(r, start, 1, c - start);
          areas.push({ address: formatAddress(area, { sheet }), formulas: this.grid(sheet, area, (x) => x?.formulaText ?? x?.value) });
          start = -1;
        }
      }
    }
    return { isNullObject: areas.length === 0, areas: { items: areas, load: (what: string) => this.call("areas.load", what) } };
  }

  private usedRange(sheet: string): RangeRef | undefined {
    const s = this.find(sheet);
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    s?.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.value === "") return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    return top < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}
