// The voice-of-the-customer wizard: survey data -> options (NPS, CSAT or CES, scale, confidence,
// period) -> results -> insert a dashboard sheet. Same frame as the RFM and lifetime-value wizards.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import type { VocOutput, VocSettings } from "../compute/voc-task";
import { type Language, type StringKey, t } from "../i18n/strings";
import { rangeRecipe } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";
import { columnOptions } from "../wizard/transaction-data";
import { useInsert } from "../wizard/useInsert";
import { suggestSettings } from "./survey-data";
import { SurveyDataStep } from "./SurveyDataStep";
import { useSurveyData } from "./useSurveyData";
import { VocOptionsStep } from "./VocOptionsStep";
import { VocResultsStep } from "./VocResultsStep";
import { runVoc, vocSheetName, vocSheetRequest, type VocState, vocState } from "./voc-recipe";
import { stepOfLabel, useWizardSteps } from "../wizard/useWizardSteps";

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
  const [settings, setSettings] = useState<VocSettings>(VOC_DEFAULTS);
  /** The score column the settings were last suggested for: a new column suggests anew. */
  const [suggestedFor, setSuggestedFor] = useState<string>();
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);
  const { step, setStep, result, showResult, startOver } = useWizardSteps<{ output: VocOutput; range: RangeData; state: VocState }>(resetInsert);

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
      showResult({ output: await runVoc(runner, range, state), range, state });
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!result) return;
    await insertSheet(vocSheetRequest(language, result.range, result.output, result.state), rangeRecipe("voc", vocSheetName(language, result.output), result.range, result.state));
  };

  const resultActions = insertActions({ onBack: () => setStep("options"), onInsert: insertIntoWorkbook, onStartOver: startOver });
  return (
    <WizardFrame language={language} title={s("vocTitle")} stepLabel={stepOfLabel(language, step, insert.state === "done")} onClose={onClose}>
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
      {step === "results" && result && <VocResultsStep language={language} output={result.output} {...resultActions} />}
    </WizardFrame>
  );
}
