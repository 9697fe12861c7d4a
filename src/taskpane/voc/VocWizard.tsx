// The voice-of-the-customer wizard: survey data -> options (NPS, CSAT or CES, scale, confidence,
// period) -> results -> insert a dashboard sheet. Same frame as the RFM and lifetime-value wizards.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import type { VocOutput, VocSettings } from "../compute/voc-task";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { recipeSource } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";
import { columnOptions } from "../wizard/transaction-data";
import { useInsert } from "../wizard/useInsert";
import { suggestSettings } from "./survey-data";
import { SurveyDataStep } from "./SurveyDataStep";
import { useSurveyData } from "./useSurveyData";
import { VocOptionsStep } from "./VocOptionsStep";
import { VocResultsStep } from "./VocResultsStep";
import { runVoc, vocSheetName, vocSheetRequest, type VocState, vocState } from "./voc-recipe";

type Step = "data" | "options" | "results";
const STEP_NAMES: Record<Step, StringKey> = { data: "stepData", options: "stepOptions", results: "stepResults" };
const STEP_NUMBERS: Record<Step, number> = { data: 1, options: 2, results: 3 };
export const VOC_DEFAULTS: VocSettings = { metric: "nps", csatScale: 5, topBox: 4, cesScale: 7, confidence: 0.95, period: "month" };

export interface VocWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function VocWizard({ language, gateway, runner, onClose }: VocWizardProps) {
  const s = (key: StringKey) => t(language, key);
  const data = useSurveyData(gateway, runner, language);
  const [step, setStep] = useState<Step>("data");
  const [settings, setSettings] = useState<VocSettings>(VOC_DEFAULTS);
  /** The score column the settings were last suggested for: a new column suggests anew. */
  const [suggestedFor, setSuggestedFor] = useState<string>();
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string>();
  /** The last run: its output and what it ran on (what an insert writes and stores). */
  const [result, setResult] = useState<{ output: VocOutput; range: RangeData; state: VocState }>();
  const { insert, insertSheet, resetInsert, goToSheet } = useInsert(gateway, language);

  const toOptions = () => {
    const range = data.range;
    if (range) {
      const header = data.hasHeader ? (columnOptions(range, true)[data.mapping.score]?.header ?? "") : "";
      const key = `${range.address}|${data.mapping.score}|${data.hasHeader}`;
      if (key !== suggestedFor) {
        setSettings(suggestSettings(header, data.inspect, settings));
        setSuggestedFor(key);
      }
    }
    setProblem(undefined);
    setStep("options");
  };

  const run = async () => {
    const range = data.range;
    if (!range) return;
    setRunning(true);
    setProblem(undefined);
    try {
      const state = vocState(range, data.hasHeader, data.mapping, settings);
      setResult({ output: await runVoc(runner, range, state), range, state });
      resetInsert();
      setStep("results");
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!result) return;
    await insertSheet(vocSheetRequest(language, result.range, result.output, result.state), {
      kind: "voc",
      title: vocSheetName(language, result.output),
      source: recipeSource(result.range, result.state.hasHeader),
      state: result.state,
    });
  };

  const done = insert.state === "done";
  return (
    <WizardFrame language={language} title={s("vocTitle")} stepLabel={fill(language, "stepOf", { n: done ? 4 : STEP_NUMBERS[step], name: s(done ? "stepInsert" : STEP_NAMES[step]) })} onClose={onClose}>
      {step === "data" && <SurveyDataStep language={language} {...data.stepProps} onNext={toOptions} />}
      {step === "options" && (
        <VocOptionsStep
          language={language}
          settings={settings}
          onSettingsChange={setSettings}
          hasDates={data.mapping.date >= 0}
          running={running}
          problem={problem}
          onBack={() => setStep("data")}
          onRun={run}
        />
      )}
      {step === "results" && result && (
        <VocResultsStep
          language={language}
          output={result.output}
          insert={insert}
          onBack={() => setStep("options")}
          onInsert={insertIntoWorkbook}
          onGoToSheet={goToSheet}
          onStartOver={() => {
            setStep("data");
            setResult(undefined);
            resetInsert();
          }}
        />
      )}
    </WizardFrame>
  );
}
