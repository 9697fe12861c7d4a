// The priorities wizard: data (item names and criteria) -> options (weights, scaling, the 2 x 2
// matrix) -> results -> insert. Scoring is light, so it runs on the pane's thread.
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import { type Language, type StringKey, t } from "../i18n/strings";
import { rangeRecipe } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";
import { useInsert } from "../wizard/useInsert";
import { WizardFrame } from "../wizard/WizardFrame";
import { PriorityDataStep } from "./PriorityDataStep";
import { PriorityOptionsStep } from "./PriorityOptionsStep";
import { PriorityResultsStep } from "./PriorityResultsStep";
import type { PriorityResult } from "./priority-analysis";
import { formProblems, formSettings, initialForm, type PriorityForm } from "./priority-options";
import { type PriorityState, prioritySheetRequest, priorityState, runPriority } from "./priority-recipe";
import { usePriorityData } from "./usePriorityData";
import { stepOfLabel, useWizardSteps } from "../wizard/useWizardSteps";

export interface PriorityWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  onClose(): void;
}

export function PriorityWizard({ language, gateway, onClose }: PriorityWizardProps) {
  const s = (key: StringKey) => t(language, key);
  const data = usePriorityData(gateway, language);
  const [form, setForm] = useState<PriorityForm>(initialForm([], []));
  const [problem, setProblem] = useState<string>();
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);
  const { step, setStep, result, showResult, startOver } = useWizardSteps<{ result: PriorityResult; range: RangeData; state: PriorityState }>(resetInsert);

  const toOptions = () => {
    // New criteria get fresh weights and axes; the same criteria keep what the user set.
    const same = form.criteria.length === data.mapping.criteria.length && form.criteria.every((c, j) => c === data.mapping.criteria[j]);
    if (!same) setForm(initialForm(data.mapping.criteria, data.names));
    setProblem(undefined);
    setStep("options");
  };

  const run = () => {
    const range = data.range;
    if (!range) return;
    try {
      const state = priorityState(range, data.hasHeader, data.mapping, formSettings(language, form, data.names));
      showResult({ result: runPriority(range, state), range, state });
    } catch (e) {
      setProblem(describeFailure(language, e));
    }
  };

  const insertIntoWorkbook = async () => {
    if (!result) return;
    await insertSheet(prioritySheetRequest(language, result.range, result.result, result.state), rangeRecipe("priority", s("sheetNamePriority"), result.range, result.state));
  };

  const resultActions = insertActions({ onBack: () => setStep("options"), onInsert: insertIntoWorkbook, onStartOver: startOver });
  return (
    <WizardFrame language={language} title={s("prTitle")} stepLabel={stepOfLabel(language, step, insert.state === "done")} onClose={onClose}>
      {step === "data" && <PriorityDataStep language={language} {...data.stepProps} onNext={toOptions} />}
      {step === "options" && (
        <PriorityOptionsStep
          language={language}
          names={data.names}
          form={form}
          onFormChange={setForm}
          problems={formProblems(language, form, data.names)}
          problem={problem}
          onBack={() => setStep("data")}
          onRun={run}
        />
      )}
      {step === "results" && result && <PriorityResultsStep language={language} result={result.result} {...resultActions} />}
    </WizardFrame>
  );
}
