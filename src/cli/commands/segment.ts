// `cx kmeans`, `cx tier` and `cx pareto`: k-means segmentation, value x need tiers and Pareto (ABC)
// classes of a file. Thin layers over src/core/segment, writing the tables =CX.KMEANS.CENTERS,
// =CX.KMEANS.ELBOW, =CX.TIER.SUMMARY and =CX.PARETO spill (and per-row tables with the file's rows).
import { Command, Option } from "commander";
import {
  CENTERS_TABLE,
  ELBOW_TABLE,
  elbowAnalysis,
  ExtraColumn,
  kArg,
  kmeansAnalysis,
  LABELS_TABLE,
  maxKArg,
  PARETO_COLUMNS,
  paretoAnalysis,
  PROFILES_TABLE,
  readSegmentColumns,
  restartsArg,
  seedArg,
  shareArg,
  standardizeArg,
  thresholdsArg,
  TIER_COLUMNS,
  tierAnalysis,
  TierRead,
} from "../../core/segment";
import { findColumn, readTable } from "../../core/table/table";
import { CliError } from "../errors";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, columnList, columnName, InputOptions, OutputOptions, readInputTable, withFlagNames, writeReportTable } from "./common";

const KMEANS_TABLES = ["labels", "centers", "profiles", "elbow"] as const;
type KMeansTable = (typeof KMEANS_TABLES)[number];

export interface KMeansCommandOptions extends InputOptions, OutputOptions {
  columns: string;
  k?: string;
  standardize?: string;
  seed?: string;
  restarts?: string;
  maxK?: string;
  id?: string;
  table?: KMeansTable;
}

/** Core's argument names as the flags the user typed. */
const KMEANS_FLAGS = { k: "--k", standardize: "--standardize", seed: "--seed", restarts: "--restarts", max_k: "--max-k" };

export function kmeansCommand(io: CliIo): Command {
  const cmd = new Command("kmeans")
    .summary("k-means segments of customers (or items) from numeric columns, e.g. the output of cx rfm")
    .description(
      "k-means clustering of the rows of a file on the numeric columns given (greedy k-means++ starts, Lloyd iterations, " +
        "the best of several seeded restarts). Writes each row's cluster (--table labels, the default), the cluster centres " +
        "in original units with sizes, inertia and profiles as =CX.KMEANS.CENTERS spills them (--table centers), the " +
        "profiles in standard deviations (--table profiles), or the inertia and mean silhouette for k = 2..--max-k as " +
        "=CX.KMEANS.ELBOW (--table elbow). Rows with a blank in a chosen column are skipped and counted; the explanation goes to stderr.",
    );
  addInputOptions(cmd, "one row per customer (or item)")
    .requiredOption("--columns <columns>", "the numeric columns to cluster on, comma separated: header names or 1-based numbers")
    .option("--k <k>", "number of clusters, 1 to 50 (not needed for --table elbow)")
    .option("--standardize <how>", "z (default: z-scores), log (log1p then z-scores, for skewed money and counts) or none")
    .option("--seed <n>", "seed of the random starts (default 1): the same seed gives the same clusters")
    .option("--restarts <n>", "k-means++ starts, 1 to 100 (default 10); the lowest inertia wins")
    .option("--max-k <n>", "largest k of --table elbow, 2 to 20 (default 10)")
    .option("--id <column>", "a column to copy into the labels table (e.g. the customer id); rows without one are skipped")
    .addOption(new Option("--table <table>", "which table to write (default labels)").choices(KMEANS_TABLES));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx kmeans --input rfm.csv --columns "Recency (days),Frequency,Monetary" --k 4 --standardize log --id Customer
  cx kmeans -i rfm.csv --columns 2,3,4 --k 4 --table centers --format json
  cx kmeans -i rfm.xlsx --columns Recency,Frequency,Monetary --table elbow --max-k 8 --out elbow.xlsx`,
    )
    .action(async (opts: KMeansCommandOptions) => {
      await withFlagNames(KMEANS_FLAGS, () => runKMeans(opts, io));
    });
}

/** The report table and xlsx sheet name of each --table. */
const KMEANS_OUTPUT: Record<Exclude<KMeansTable, "elbow">, [string, string]> = {
  labels: [LABELS_TABLE, "Clusters"],
  centers: [CENTERS_TABLE, "Centres"],
  profiles: [PROFILES_TABLE, "Profiles"],
};

export async function runKMeans(opts: KMeansCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const table = opts.table ?? "labels";
  const elbow = table === "elbow";
  if (!elbow && opts.k === undefined) throw new CliError("--k: give the number of clusters, e.g. --k 4 (or --table elbow to help choose it)");
  if (elbow && opts.k !== undefined) throw new CliError("--k: --table elbow tries k = 2 to --max-k; leave --k out");
  if (!elbow && opts.maxK !== undefined) throw new CliError("--max-k goes with --table elbow");
  if (opts.id !== undefined && table !== "labels") throw new CliError("--id goes with --table labels (the table of rows)");
  const standardize = standardizeArg(opts.standardize);
  const seed = seedArg(opts.seed);
  const restarts = restartsArg(opts.restarts);
  const k = elbow ? 0 : kArg(opts.k);
  const maxK = maxKArg(opts.maxK);

  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const header = rows[0];
  const cols = columnList("--columns", opts.columns).map((c) => findColumn(header, c, "--columns"));
  if (new Set(cols).size !== cols.length) throw new CliError("--columns: a column is named twice");
  const names = cols.map((j) => columnName(header, j));
  let extra: ExtraColumn | undefined;
  if (opts.id !== undefined) {
    const j = findColumn(header, opts.id, "--id");
    extra = { ref: { rows, col: j }, spec: { kind: "id", label: columnName(header, j) } };
  }
  const data = readSegmentColumns({ refs: cols.map((col) => ({ rows, col })), names, labels: names, header: true, firstRowNumber, label: names.join(", "), extra });
  if (elbow) {
    await writeReportTable(elbowAnalysis(data, { maxK, standardize, seed, restarts }).report, ELBOW_TABLE, "Elbow", opts, io);
    return;
  }
  const { report } = kmeansAnalysis(data, { k, standardize, seed, restarts });
  const [tableName, sheetName] = KMEANS_OUTPUT[table];
  await writeReportTable(report, tableName, sheetName, opts, io);
}

const TIER_TABLES = ["tiers", "summary", "grid", "thresholds"] as const;

export interface TierCommandOptions extends InputOptions, OutputOptions {
  value: string;
  need: string;
  valueThresholds?: string;
  needThresholds?: string;
  labels?: string;
  id?: string;
  table?: (typeof TIER_TABLES)[number];
}

const TIER_FLAGS = { value_thresholds: "--value-thresholds", need_thresholds: "--need-thresholds", labels: "--labels" };

/** "1000000,10000000" (or with ';' between numbers that have thousands separators) as the range =CX.TIER takes. */
export function thresholdList(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  return [text.split(text.includes(";") ? ";" : ",").map((s) => s.trim())];
}

/** "P,P,P+;M,M,M+;R,R,R+": rows (highest value first) separated by ';', names by ','. */
export function labelGrid(text: string | undefined): string[][] | undefined {
  if (text === undefined) return undefined;
  return text.split(";").map((row) => row.split(",").map((s) => s.trim()));
}

export function tierCommand(io: CliIo): Command {
  const cmd = new Command("tier")
    .summary("value x need tiers of customers (e.g. by assets and activity), with counts and totals per tier")
    .description(
      "Places each row on a value x need grid: value and need are each cut into levels at the thresholds given (each the " +
        "upper bound of its level, included), or at the terciles of the data. Writes each row's levels and tier (--table tiers, " +
        "the default), the count and totals of every tier as =CX.TIER.SUMMARY spills them (--table summary), the counts as a " +
        "grid (--table grid) or the levels' bounds (--table thresholds); the explanation goes to stderr.",
    );
  addInputOptions(cmd, "one row per customer (or account)")
    .requiredOption("--value <column>", "the value column (assets, revenue): header name or 1-based column number")
    .requiredOption("--need <column>", "the need or activity column (contacts, products held)")
    .option("--value-thresholds <list>", "ascending cut points of value, e.g. 1000000,10000000 (default: terciles)")
    .option("--need-thresholds <list>", "ascending cut points of need, e.g. 3,6 (default: terciles)")
    .option("--labels <grid>", "tier names: rows for value levels (highest first) separated by ';', names for need levels (lowest first) by ','")
    .option("--id <column>", "a column to copy into the tiers table (e.g. the client id); rows without one are skipped")
    .addOption(new Option("--table <table>", "which table to write (default tiers)").choices(TIER_TABLES));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx tier --input clients.csv --value Assets --need Contacts --value-thresholds 1000000,10000000 --need-thresholds 3,6 --id Client
  cx tier -i clients.xlsx --value 3 --need 4 --table summary --out tiers.xlsx
  cx tier -i clients.csv --value Assets --need Contacts --labels "Private,Private,Private+;Premier,Premier,Premier+;Mass,Mass,Mass+"`,
    )
    .action(async (opts: TierCommandOptions) => {
      await withFlagNames(TIER_FLAGS, () => runTier(opts, io));
    });
}

export async function runTier(opts: TierCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const table = opts.table ?? "tiers";
  if (opts.id !== undefined && table !== "tiers") throw new CliError("--id goes with --table tiers (the table of rows)");
  const options = {
    valueThresholds: thresholdsArg(thresholdList(opts.valueThresholds), "value_thresholds"),
    needThresholds: thresholdsArg(thresholdList(opts.needThresholds), "need_thresholds"),
    labels: labelGrid(opts.labels),
  };
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const specs = {
    value: { ...TIER_COLUMNS.value, column: opts.value },
    need: { ...TIER_COLUMNS.need, column: opts.need },
    ...(opts.id !== undefined ? { id: { kind: "id" as const, label: "--id", column: opts.id } } : {}),
  };
  const read = readTable(rows, specs, { firstRowNumber });
  const ids = opts.id !== undefined ? (read.columns as Record<string, unknown>).id as string[] : undefined;
  const { report } = tierAnalysis(read as unknown as TierRead, { ...options, ids });
  const sheet = { tiers: "Tiers", summary: "Tier summary", grid: "Tier grid", thresholds: "Tier levels" }[table];
  await writeReportTable(report, table, sheet, opts, io);
}

export interface ParetoCommandOptions extends InputOptions, OutputOptions {
  item: string;
  value: string;
  aShare?: string;
  bShare?: string;
  table?: "items" | "classes";
}

export function paretoCommand(io: CliIo): Command {
  const cmd = new Command("pareto")
    .summary("Pareto (ABC) classes of items by value: the few that make most of it")
    .description(
      "Adds up the value of each item (rows of the same item are added), sorts the items by value, largest first, and gives " +
        "each its share, cumulative share and class: A, the fewest top items reaching --a-share of the value (80%); B, the " +
        "fewest further items adding --b-share (15%); C, the rest. Writes the table =CX.PARETO spills (--table items, the " +
        "default) or the count and value of each class (--table classes); the explanation goes to stderr.",
    );
  addInputOptions(cmd, "one row per item, or per sale of an item")
    .requiredOption("--item <column>", "the item column (product, customer, supplier): header name or 1-based column number")
    .requiredOption("--value <column>", "the value column (revenue, units, cost), 0 or more")
    .option("--a-share <share>", "share of the value class A reaches: 0.8 (default), 80%")
    .option("--b-share <share>", "share of the value class B adds: 0.15 (default)")
    .addOption(new Option("--table <table>", "which table to write (default items)").choices(["items", "classes"]));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx pareto --input sales.csv --item Product --value Revenue
  cx pareto -i sales.xlsx --item 2 --value 5 --a-share 70% --b-share 20% --table classes --format json`,
    )
    .action(async (opts: ParetoCommandOptions) => {
      await withFlagNames({ a_share: "--a-share", b_share: "--b-share" }, () => runPareto(opts, io));
    });
}

export async function runPareto(opts: ParetoCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const aShare = shareArg(opts.aShare, "a_share", 0.8, 0.01, 0.99);
  const bShare = shareArg(opts.bShare, "b_share", 0.15, 0, 0.99);
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const read = readTable(rows, { item: { ...PARETO_COLUMNS.item, column: opts.item }, value: { ...PARETO_COLUMNS.value, column: opts.value } }, { firstRowNumber });
  const { report } = paretoAnalysis(read, { aShare, bShare, argNames: { aShare: "--a-share", bShare: "--b-share" } });
  await writeReportTable(report, opts.table ?? "items", opts.table === "classes" ? "ABC classes" : "Pareto", opts, io);
}
