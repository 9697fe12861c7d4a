// The strategy-canvas wizard: data (a range or a typed grid) -> the proposed new curve -> results
// -> insert into a new sheet, storing the run's recipe. The engine's work is light (a few factors),
// so it runs on the pane's thread as the user types.
import { useMemo, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import { factorRows } from "../../core/strategy";
import type { AnalysisRunner } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { useInsert } from "../wizard/useInsert";
import { WizardFrame } from "../wizard/WizardFrame";
import { analyseCanvas, suggestedLevels } from "./canvas-analysis";
import { canvasData, editGrid, gridProblems, prefillProposed, proposedProblems } from "./canvas-grid";
import { canvasRecipeDraft } from "./canvas-recipe";
import { canvasSheetRequest } from "./canvas-sheet";
import { CanvasDataStep } from "./CanvasDataStep";
import { CanvasProposedStep } from "./CanvasProposedStep";
import { CanvasResultsStep } from "./CanvasResultsStep";
import { useCanvasData } from "./useCanvasData";

type Step = "data" | "proposed" | "results";
const STEP_NAMES: Record<Step, StringKey> = { data: "stepData", proposed: "cvStepProposed", results: "stepResults" };
const STEP_NUMBERS: Record<Step, number> = { data: 1, proposed: 2, results: 3 };

export interface CanvasWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  /** Unused: the canvas is computed in-thread; taken so every wizard is opened alike. */
  runner?: AnalysisRunner;
  onClose(): void;
}

export function CanvasWizard({ language, gateway, onClose }: CanvasWizardProps) {
  const data = useCanvasData(gateway, language);
  const { grid, own, tolerance, source } = data;
  const [step, setStep] = useState<Step>("data");
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);

  // The current curve, once the grid reads (the proposed step shows it beside the new levels).
  const rows = useMemo(() => (grid && gridProblems(grid, own).length === 0 ? factorRows(canvasData(grid, own), tolerance) : undefined), [grid, own, tolerance]);
  const proposedIssues = useMemo(() => (grid ? proposedProblems(grid) : []), [grid]);
  const result = useMemo(() => (step === "results" && grid && rows && proposedIssues.length === 0 ? analyseCanvas({ grid, own, tolerance }) : undefined), [step, grid, own, tolerance, rows, proposedIssues]);
  const request = useMemo(() => (result && grid ? canvasSheetRequest(language, result, grid, source) : undefined), [result, grid, language, source]);

  const toProposed = () => {
    if (!grid) return;
    data.setGrid(prefillProposed(grid, own));
    setStep("proposed");
  };

  const insertIntoWorkbook = () => {
    if (!request || !grid) return;
    void insertSheet(request, canvasRecipeDraft(language, t(language, "cvSheetName"), { grid, own, tolerance }, source));
  };

  const done = insert.state === "done";
  return (
    <WizardFrame language={language} title={t(language, "cvTitle")} stepLabel={fill(language, "stepOf", { n: done ? 4 : STEP_NUMBERS[step], name: t(language, done ? "stepInsert" : STEP_NAMES[step]) })} onClose={onClose}>
      {step === "data" && <CanvasDataStep {...data.stepProps} onNext={toProposed} />}
      {step === "proposed" && grid && rows && (
        <CanvasProposedStep
          language={language}
          grid={grid}
          rows={rows}
          onProposedChange={(row, text) => data.setGrid(editGrid(grid, { kind: "proposed", row, text }))}
          onApplySuggested={() => data.setGrid({ ...grid, proposed: suggestedLevels(rows).map(String) })}
          onReset={() => data.setGrid({ ...grid, proposed: grid.levels.map((row) => row[own]) })}
          problems={proposedIssues}
          onBack={() => setStep("data")}
          onNext={() => {
            resetInsert();
            setStep("results");
          }}
        />
      )}
      {step === "results" && result && request && (
        <CanvasResultsStep
          language={language}
          result={result}
          report={request.report}
          {...insertActions({
            onBack: () => setStep("proposed"),
            onInsert: insertIntoWorkbook,
            onStartOver: () => setStep("data"),
          })}
        />
      )}
    </WizardFrame>
  );
}
