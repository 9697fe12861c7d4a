// The steps of a data -> options -> results wizard: the current step, the run the results show,
// and the "Step n of 4" line (step 4 once the sheet is written).
import { useState } from "react";
import { fill, type Language, type StringKey, t } from "../i18n/strings";

export type WizardStep = "data" | "options" | "results";
const STEP_NAMES: Record<WizardStep, StringKey> = { data: "stepData", options: "stepOptions", results: "stepResults" };
const STEP_NUMBERS: Record<WizardStep, number> = { data: 1, options: 2, results: 3 };

/** "Step 2 of 4: Options", or "Step 4 of 4: Insert" once the sheet is written. */
export function stepOfLabel(language: Language, step: WizardStep, inserted: boolean): string {
  return fill(language, "stepOf", { n: inserted ? 4 : STEP_NUMBERS[step], name: t(language, inserted ? "stepInsert" : STEP_NAMES[step]) });
}

/** `resetInsert` (from useInsert) clears the last insert when a new run is shown. */
export function useWizardSteps<R>(resetInsert: () => void) {
  const [step, setStep] = useState<WizardStep>("data");
  /** The last run: its output and what it ran on (what an insert writes and stores). */
  const [result, setResult] = useState<R>();
  return {
    step,
    setStep,
    result,
    /** Shows a new run's results, not inserted yet. */
    showResult: (r: R) => {
      setResult(r);
      resetInsert();
      setStep("results");
    },
    /** "Start over": back to the data, the run forgotten. */
    startOver: () => {
      setStep("data");
      setResult(undefined);
    },
  };
}
