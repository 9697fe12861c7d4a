// The A/B test wizard: counts (typed or from cells) or a per-visitor range, the confidence level
// and a sample-size planner -> results (verdict, rates with intervals, the test, a chart) ->
// insert as a new sheet. The test runs in the worker like every analysis.
import { Button, Dropdown, Field, Option, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { confidenceLabel } from "../../core/voc/args";
import { formatAddress } from "../../excel/address";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AbTestKind, AbTestOutput } from "../compute/abtest-task";
import type { AnalysisRunner } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { recipeSource } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";
import { useInsert } from "../wizard/useInsert";
import { type AbColumns, COUNT_FIELDS, COUNT_LABELS, type CountField, type CountTexts, countsProblem, detectTest, initialColumns, initialHeader, parseCountEntry } from "./ab-data";
import { abGroupColumn, abRangeState, abSheetRequest, type AbState, runAbTest } from "./ab-recipe";
import { AbResults } from "./AbResults";
import { CountsInput } from "./CountsInput";
import { RangeInput } from "./RangeInput";
import { SampleSizePlanner } from "./SampleSizePlanner";
import { ProblemBar } from "../wizard/DataStepParts";
import { PageHeader } from "../wizard/WizardFrame";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export const CONFIDENCE_LEVELS = [0.9, 0.95, 0.99] as const;
const NO_COLUMNS: AbColumns = { group: -1, outcome: -1 };
const EMPTY_COUNTS: CountTexts = { conversionsA: "", visitorsA: "", conversionsB: "", visitorsB: "" };

export interface AbTestWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

/** The last run: its output and what it ran on (what an insert writes and stores). */
interface Ran {
  output: AbTestOutput;
  state: AbState;
  /** The per-visitor range (range mode). */
  range?: RangeData;
}

export function AbTestWizard({ language, gateway, runner, onClose }: AbTestWizardProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const [mode, setMode] = useState<"counts" | "range">("counts");
  const [counts, setCounts] = useState<CountTexts>(EMPTY_COUNTS);
  const [address, setAddress] = useState("");
  const [range, setRange] = useState<RangeData>();
  const [reading, setReading] = useState(false);
  const [hasHeader, setHasHeader] = useState(true);
  const [columns, setColumns] = useState<AbColumns>(NO_COLUMNS);
  const [test, setTest] = useState<AbTestKind>("rates");
  const [confidence, setConfidence] = useState(0.95);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [ran, setRan] = useState<Ran>();
  const { insertSheet, resetInsert, insertActions } = useInsert(gateway, language);

  const loadRange = async (read: () => Promise<RangeData>, typed?: string) => {
    setReading(true);
    setProblem(undefined);
    try {
      const r = await read();
      const header = initialHeader(r);
      const cols = initialColumns(r, header);
      setRange(r);
      setAddress(r.address);
      setHasHeader(header);
      setColumns(cols);
      if (cols.outcome >= 0) setTest(detectTest(r, header, cols.outcome));
    } catch (e) {
      setRange(undefined);
      setProblem(describeFailure(language, e, { address: typed }));
    } finally {
      setReading(false);
    }
  };

  const changeColumns = (next: AbColumns) => {
    setColumns(next);
    if (range && next.outcome >= 0 && next.outcome !== columns.outcome) setTest(detectTest(range, hasHeader, next.outcome));
  };

  const pickCell = async (field: CountField) => {
    setProblem(undefined);
    try {
      const sel = await gateway.readSelection();
      setCounts((c) => ({ ...c, [field]: formatAddress({ row: sel.row, col: sel.col, rows: 1, cols: 1 }, { sheet: sel.sheet }) }));
    } catch (e) {
      setProblem(describeFailure(language, e));
    }
  };

  /** The counts as values (cells read from the workbook) and as formula arguments, or a problem. */
  const readCounts = async (): Promise<{ values: Record<CountField, unknown>; args: Record<CountField, string> } | string> => {
    const values = {} as Record<CountField, unknown>;
    const args = {} as Record<CountField, string>;
    for (const f of COUNT_FIELDS) {
      const entry = parseCountEntry(counts[f]);
      const field = t(language, COUNT_LABELS[f]);
      if (entry.kind === "blank") return fill(language, "abErrBlank", { field });
      if (entry.kind === "bad") return fill(language, "abErrBadEntry", { field, value: entry.text });
      if (entry.kind === "number") {
        values[f] = entry.value;
        args[f] = String(entry.value);
      } else {
        try {
          const cell = await gateway.readRange(entry.address);
          values[f] = cell.values[0]?.[0] ?? "";
          args[f] = cell.address;
        } catch (e) {
          return describeFailure(language, e, { address: entry.address });
        }
      }
    }
    return countsProblem(language, values) ?? { values, args };
  };

  const run = async () => {
    setProblem(undefined);
    let state: AbState;
    let source: RangeData | undefined;
    if (mode === "counts") {
      const read = await readCounts();
      if (typeof read === "string") {
        setProblem(read);
        return;
      }
      state = { mode: "counts", values: read.values, args: read.args, confidence };
    } else {
      if (!range) return;
      if (columns.group < 0 || columns.outcome < 0) {
        setProblem(s("abColumnsMissing"));
        return;
      }
      if (columns.group === columns.outcome) {
        setProblem(s("abColumnsSame"));
        return;
      }
      source = range;
      state = abRangeState(range, hasHeader, columns, test, confidence);
    }
    setRunning(true);
    try {
      setRan({ output: await runAbTest(runner, source, state, language), state, range: source });
      resetInsert();
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!ran) return;
    await insertSheet(abSheetRequest(language, ran.range, ran.output, ran.state), {
      kind: "abtest",
      title: s("abSheetName"),
      // Counts typed into the pane have no source: a refresh recomputes from the stored counts.
      ...(ran.range && ran.state.mode === "range" ? { source: recipeSource(ran.range, ran.state.hasHeader) } : {}),
      state: ran.state,
    });
  };

  return (
    <div className={styles.root}>
      <PageHeader language={language} title={s("abTitle")} onClose={onClose} />
      {ran ? (
        <AbResults
          language={language}
          output={ran.output}
          groupColumn={abGroupColumn(language, ran.range, ran.state)}
          {...insertActions({
            onBack: () => setRan(undefined),
            onInsert: insertIntoWorkbook,
            onStartOver: () => {
              setRan(undefined);
              setCounts(EMPTY_COUNTS);
              setRange(undefined);
              setAddress("");
            },
          })}
        />
      ) : (
        <>
          <div className={styles.stack}>
            <Field label={s("abModeLabel")}>
              <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as "counts" | "range")}>
                <Radio value="counts" label={s("abModeCounts")} />
                <Radio value="range" label={s("abModeRange")} />
              </RadioGroup>
            </Field>
            {mode === "counts" ? (
              <CountsInput language={language} texts={counts} onChange={(f, text) => setCounts((c) => ({ ...c, [f]: text }))} onPickCell={pickCell} />
            ) : (
              <RangeInput
                language={language}
                range={range}
                address={address}
                onAddressChange={setAddress}
                onUseSelection={() => loadRange(() => gateway.readSelection())}
                onReadRange={() => loadRange(() => gateway.readRange(address.trim()), address.trim())}
                reading={reading}
                hasHeader={hasHeader}
                onHeaderChange={setHasHeader}
                columns={columns}
                onColumnsChange={changeColumns}
                test={test}
                onTestChange={setTest}
              />
            )}
            <Field label={s("abConfidenceLabel")}>
              <Dropdown
                value={confidenceLabel(confidence)}
                selectedOptions={[String(confidence)]}
                onOptionSelect={(_, d) => setConfidence(Number(d.optionValue))}
              >
                {CONFIDENCE_LEVELS.map((c) => (
                  <Option key={c} value={String(c)}>
                    {confidenceLabel(c)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <ProblemBar problem={problem} />
            <div>
              <Button appearance="primary" onClick={run} disabled={running || reading || (mode === "range" && !range)}>
                {s("runAnalysis")}
              </Button>
            </div>
            {running && <Spinner size="tiny" label={s("running")} />}
          </div>
          <SampleSizePlanner language={language} />
        </>
      )}
    </div>
  );
}
