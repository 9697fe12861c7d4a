// The cohorts, churn and funnels wizard: first what to analyse, then
// - cohort retention or churn: the shared transaction data step -> options -> results -> insert;
// - a funnel: a range with stage names and counts -> results -> insert.
// Reads and writes the workbook only through the gateway; the analyses run through the runner.
import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { ChurnSettings, CohortSettings } from "../compute/cohort-task";
import type { AnalysisRunner } from "../compute/tasks";
import { type Language, type StringKey, t } from "../i18n/strings";
import { rangeRecipe } from "../recipes/recipe";
import { transactionState } from "../recipes/transaction-state";
import { describeFailure } from "../wizard/messages";
import { nextDay } from "../wizard/transaction-data";
import { TransactionDataStep } from "../wizard/TransactionDataStep";
import { useInsert } from "../wizard/useInsert";
import { useTransactionData } from "../wizard/useTransactionData";
import { CohortOptionsStep } from "./CohortOptionsStep";
import { ChurnResultsView, CohortResultsView, FunnelResultsView } from "./CohortResults";
import { type CohortMode, type CohortRun, cohortSheetName, cohortSheetRequest, type CohortState, funnelState, runCohort } from "./cohort-recipe";
import { FunnelDataStep } from "./FunnelDataStep";
import { autoFunnelColumns, type FunnelColumns, initialFunnelHeader } from "./funnel-data";
import { WizardFrame } from "../wizard/WizardFrame";
import { stepOfLabel, useWizardSteps } from "../wizard/useWizardSteps";

const MODES: { name: CohortMode; label: StringKey }[] = [
  { name: "cohort", label: "cohModeCohort" },
  { name: "churn", label: "cohModeChurn" },
  { name: "funnel", label: "cohModeFunnel" },
];
const COHORT_DEFAULTS: CohortSettings = { period: "month", measure: "retention" };
const CHURN_DEFAULTS: ChurnSettings = { asOf: "", inactiveDays: 90, period: "month" };
const NO_COLUMNS: FunnelColumns = { stage: -1, count: -1 };

export interface CohortWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function CohortWizard({ language, gateway, runner, onClose }: CohortWizardProps) {
  const s = (key: StringKey) => t(language, key);
  const data = useTransactionData(gateway, runner, language, true);
  const [mode, setMode] = useState<CohortMode>("cohort");
  const [cohort, setCohort] = useState<CohortSettings>(COHORT_DEFAULTS);
  const [churn, setChurn] = useState<ChurnSettings>(CHURN_DEFAULTS);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);
  const { step, setStep, result, showResult, startOver } = useWizardSteps<{ run: CohortRun; range: RangeData; state: CohortState }>(resetInsert);
  const output = result?.run;

  // The funnel's own range.
  const [funnelAddress, setFunnelAddress] = useState("");
  const [funnelRange, setFunnelRange] = useState<RangeData>();
  const [funnelReading, setFunnelReading] = useState(false);
  const [funnelHeader, setFunnelHeader] = useState(true);
  const [funnelColumns, setFunnelColumns] = useState<FunnelColumns>(NO_COLUMNS);

  const loadFunnel = async (read: () => Promise<RangeData>, typed?: string) => {
    setFunnelReading(true);
    setProblem(undefined);
    try {
      const r = await read();
      const header = initialFunnelHeader(r);
      setFunnelRange(r);
      setFunnelAddress(r.address);
      setFunnelHeader(header);
      setFunnelColumns(autoFunnelColumns(r, header));
    } catch (e) {
      setFunnelRange(undefined);
      setProblem(describeFailure(language, e, { address: typed }));
    } finally {
      setFunnelReading(false);
    }
  };

  const run = async () => {
    // Cohorts and churn read the transactions; a funnel its own range.
    const range = mode === "funnel" ? funnelRange : data.range;
    if (!range) return;
    setRunning(true);
    setProblem(undefined);
    try {
      const state: CohortState =
        mode === "funnel"
          ? { mode, ...funnelState(range, funnelHeader, funnelColumns) }
          : mode === "cohort"
            ? { mode, settings: cohort, ...transactionState(range, data.hasHeader, data.mapping) }
            : { mode, settings: churn, ...transactionState(range, data.hasHeader, data.mapping) };
      showResult({ run: await runCohort(runner, range, state), range, state });
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!result) return;
    await insertSheet(cohortSheetRequest(language, result.range, result.run, result.state), rangeRecipe("cohort", cohortSheetName(language, result.state.mode), result.range, result.state));
  };

  const actions = insertActions({
    onBack: () => setStep(mode === "funnel" ? "data" : "options"),
    onInsert: insertIntoWorkbook,
    onStartOver: startOver,
  });
  return (
    <WizardFrame language={language} title={s("cohTitle")} stepLabel={stepOfLabel(language, step, insert.state === "done")} onClose={onClose}>
      {step === "data" && (
        <>
          <Field label={s("cohModeLabel")}>
            <RadioGroup
              value={mode}
              onChange={(_, d) => {
                setMode(d.value as CohortMode);
                setProblem(undefined);
              }}
            >
              {MODES.map((m) => (
                <Radio key={m.name} value={m.name} label={s(m.label)} />
              ))}
            </RadioGroup>
          </Field>
          {mode === "funnel" ? (
            <FunnelDataStep
              language={language}
              range={funnelRange}
              address={funnelAddress}
              onAddressChange={setFunnelAddress}
              onUseSelection={() => loadFunnel(() => gateway.readSelection())}
              onReadRange={() => loadFunnel(() => gateway.readRange(funnelAddress.trim()), funnelAddress.trim())}
              reading={funnelReading}
              hasHeader={funnelHeader}
              onHeaderChange={(h) => {
                setFunnelHeader(h);
                if (funnelRange) setFunnelColumns(autoFunnelColumns(funnelRange, h));
              }}
              columns={funnelColumns}
              onColumnsChange={setFunnelColumns}
              running={running}
              problem={problem}
              onRun={run}
            />
          ) : (
            <>
              <Caption1>{s("cohAmountOptional")}</Caption1>
              <TransactionDataStep
                language={language}
                {...data.stepProps}
                amountNone={s("cohNoAmount")}
                onNext={() => {
                  setProblem(undefined);
                  setStep("options");
                }}
              />
            </>
          )}
        </>
      )}
      {step === "options" && mode !== "funnel" && (
        <CohortOptionsStep
          language={language}
          mode={mode}
          cohort={cohort}
          onCohortChange={setCohort}
          churn={churn}
          onChurnChange={setChurn}
          defaultAsOf={nextDay(data.inspect?.lastDate)}
          hasAmount={data.mapping.amount >= 0}
          running={running}
          problem={problem}
          onBack={() => setStep("data")}
          onRun={run}
        />
      )}
      {step === "results" && output?.mode === "cohort" && <CohortResultsView language={language} output={output.value} {...actions} />}
      {step === "results" && output?.mode === "churn" && <ChurnResultsView language={language} output={output.value} {...actions} />}
      {step === "results" && output?.mode === "funnel" && <FunnelResultsView language={language} output={output.value} {...actions} />}
    </WizardFrame>
  );
}
