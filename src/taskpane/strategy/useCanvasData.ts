// State of the canvas data step: the range (read with the shared range pieces; its importance
// column is the "mapping"), the editable grid it fills or that the user types, our offering, the
// tolerance, and what stops the analysis. The grid keeps its link to the range until the user
// starts a typed grid, so the sheet can name its source and formula.
import { useEffect, useMemo, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import { parseNumber } from "../../core/table/number";
import { fill, type Language, t } from "../i18n/strings";
import { useRangeData } from "../wizard/useRangeData";
import { type CanvasGrid, emptyGrid, exampleGrid, gridFromRange, gridProblems, suggestImportanceColumn } from "./canvas-grid";
import { type CanvasSource, defaultOfferingName } from "./canvas-sheet";

export function useCanvasData(gateway: WorkbookGateway, language: Language) {
  const rangeData = useRangeData<number>(gateway, language, { noMapping: -1, suggest: suggestImportanceColumn, remapOnHeader: true });
  const { range, hasHeader, mapping: importance } = rangeData;
  const [grid, setGrid] = useState<CanvasGrid>();
  const [fromRange, setFromRange] = useState(false);
  const [own, setOwn] = useState(0);
  const [toleranceText, setToleranceText] = useState("0");

  // A (re-)read range, another header choice or importance column refills the grid from the range.
  useEffect(() => {
    if (!range) return;
    setGrid(gridFromRange(range, { hasHeader, importance }, defaultOfferingName(language)));
    setFromRange(true);
    setOwn(0);
    // Not on a language switch: the language only names a headerless range's offerings, and edits stay.
  }, [range, hasHeader, importance]);

  const startGrid = (g: CanvasGrid) => {
    setGrid(g);
    setFromRange(false);
    setOwn(0);
  };

  const changeGrid = (g: CanvasGrid) => {
    setGrid(g);
    if (own >= g.offerings.length) setOwn(0);
  };

  const tolerance = parseNumber(toleranceText);
  const toleranceBad = tolerance === undefined || tolerance < 0;
  const problems = useMemo(() => (grid ? gridProblems(grid, own) : []), [grid, own]);
  const source: CanvasSource | undefined = fromRange && range ? { range, mapping: { hasHeader, importance } } : undefined;

  return {
    grid,
    own,
    tolerance: toleranceBad ? 0 : tolerance,
    source,
    ready: !!grid && problems.length === 0 && !toleranceBad,
    setGrid,
    stepProps: {
      language,
      ...rangeData.sourceProps,
      fromRange,
      importance,
      onImportanceChange: rangeData.setMapping,
      grid,
      onGridChange: changeGrid,
      onStartExample: () => startGrid(exampleGrid(t(language, "cvExampleFactors").split("|"), t(language, "cvExampleOfferings").split("|"))),
      onStartEmpty: () => startGrid(emptyGrid(t(language, "cvEmptyOurs"), fill(language, "cvNewOffering", { n: 1 }))),
      own,
      onOwnChange: setOwn,
      toleranceText,
      onToleranceChange: setToleranceText,
      toleranceBad,
      problems,
      readProblem: rangeData.problem,
    },
  };
}
