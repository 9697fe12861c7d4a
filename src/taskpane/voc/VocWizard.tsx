// The voice-of-the-customer wizard: survey data -> options (NPS, CSAT or CES, scale, confidence,
// period) -> results -> insert a dashboard sheet. Same frame as the RFM and lifetime-value wizards.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import type { VocOutput, VocSettings } from "../compute/voc-task";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertState } from "../wizard/InsertControls";
import { insertReport } from "../wizard/insert-report";
import { describeFailure } from "../wizard/messages";
import { columnOptions } from "../wizard/transaction-data";
import { suggestSettings } from "./survey-data";
import { SurveyDataStep } from "./SurveyDataStep";
import { useSurveyData } from "./useSurveyData";
import { VocOptionsStep } from "./VocOptionsStep";
import { VocResultsStep } from "./VocResultsStep";
import { SHEET_NAMES, SHEET_TITLES, vocFormulas, vocSheetReport } from "./voc-view";

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
  const [output, setOutput] = useState<VocOutput>();
  const [insert, setInsert] = useState<InsertState>({ state: "idle" });

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
    const input = data.input();
    if (!input) return;
    setRunning(true);
    setProblem(undefined);
    try {
      setOutput(await runner.run({ kind: "voc.run", input, settings }));
      setInsert({ state: "idle" });
      setStep("results");
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    const range = data.range;
    if (!range || !output) return;
    const sheetName = s(SHEET_NAMES[output.settings.metric]);
    try {
      setInsert({ state: "writing", done: 0, total: 1 });
      const formulas = vocFormulas(range, data.mapping, output.settings);
      const sheet = await insertReport(
        gateway,
        vocSheetReport(language, output, formulas),
        {
          baseName: sheetName,
          tablePrefix: sheetName,
          sourceAddress: range.address,
          formula: formulas.main,
          detailTables: [],
          labels: { title: s(SHEET_TITLES[output.settings.metric]), source: s("sheetSource"), formula: s("sheetFormula"), formulaNote: s("sheetFormulaNote") },
        },
        (p) => setInsert({ state: "writing", done: p.done, total: p.total }),
      );
      setInsert({ state: "done", sheet });
    } catch (e) {
      setInsert({ state: "error", message: describeFailure(language, e, { sheet: sheetName }) });
    }
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
      {step === "results" && output && (
        <VocResultsStep
          language={language}
          output={output}
          insert={insert}
          onBack={() => setStep("options")}
          onInsert={insertIntoWorkbook}
          onGoToSheet={(name) => gateway.activate(name)}
          onStartOver={() => {
            setStep("data");
            setOutput(undefined);
            setInsert({ state: "idle" });
          }}
        />
      )}
    </WizardFrame>
  );
}
