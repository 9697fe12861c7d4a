// The end of every wizard: write the result sheet, report progress, store the run's recipe in the
// workbook (so it can be refreshed), then "done" with the sheet's name or the failure in plain words.
import { useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { Language } from "../i18n/strings";
import type { RecipeDraft, SheetRequest } from "../recipes/recipe";
import { addRecipe } from "../recipes/store";
import type { InsertActions, InsertState } from "./InsertControls";
import { writeReport } from "./insert-report";
import { describeFailure } from "./messages";

export function useInsert(gateway: WorkbookGateway, language: Language) {
  const [insert, setInsert] = useState<InsertState>({ state: "idle" });

  /** Writes the sheet and stores `recipe` (when given) with the sheet's name. */
  const insertSheet = async (request: SheetRequest, recipe?: RecipeDraft) => {
    try {
      setInsert({ state: "writing", done: 0, total: 1 });
      const { sheet, tables } = await writeReport(gateway, request.report, request.options, (p) => setInsert({ state: "writing", done: p.done, total: p.total }));
      let stored = true;
      if (recipe) {
        try {
          await addRecipe(gateway, { ...recipe, tables }, sheet, language);
        } catch {
          stored = false; // the sheet is written; only the one-click refresh is missing
        }
      }
      setInsert({ state: "done", sheet, ...(stored ? {} : { recipeNotStored: true }) });
    } catch (e) {
      setInsert({ state: "error", message: describeFailure(language, e, { sheet: request.options.baseName }) });
    }
  };

  const resetInsert = () => setInsert({ state: "idle" });
  const goToSheet = (name: string) => void gateway.activate(name);

  /** The results step's insert props: the state, "Go to sheet", and `onStartOver` that also clears the insert. */
  const insertActions = ({ onBack, onInsert, onStartOver }: { onBack(): void; onInsert(): void; onStartOver(): void }): InsertActions => ({
    insert,
    onBack,
    onInsert,
    onGoToSheet: goToSheet,
    onStartOver: () => {
      onStartOver();
      resetInsert();
    },
  });

  return { insert, insertSheet, resetInsert, goToSheet, insertActions };
}
