// State of the priorities data step: the range, the header choice, the item-name and criteria
// columns (suggested, then editable), and the items as the run will read them, or the first cell
// it cannot read (reading is fast, so it is done as the user edits).
import type { WorkbookGateway } from "../../excel/gateway";
import type { Language } from "../i18n/strings";
import { useRangeData, useReadCheck } from "../wizard/useRangeData";
import { criterionNames, initialPriorityMapping, NO_PRIORITY_MAPPING, priorityMappingProblem, type PriorityItems, readPriorityItems } from "./priority-data";

export function usePriorityData(gateway: WorkbookGateway, language: Language) {
  const { range, hasHeader, mapping, setMapping, problem, sourceProps } = useRangeData(gateway, language, {
    noMapping: NO_PRIORITY_MAPPING,
    suggest: initialPriorityMapping,
    clearOnFailure: true,
    remapOnHeader: true,
  });

  const mappingIssue = range ? priorityMappingProblem(mapping) : undefined;
  const checked = useReadCheck<PriorityItems>(language, range && !mappingIssue ? () => readPriorityItems(range, hasHeader, mapping) : undefined, [range, hasHeader, mapping, mappingIssue]);

  return {
    range,
    hasHeader,
    mapping,
    items: checked.value,
    names: range ? criterionNames(range, hasHeader, mapping) : [],
    stepProps: {
      ...sourceProps,
      mapping,
      onMappingChange: setMapping,
      mappingIssue,
      items: checked.value,
      problem: problem ?? checked.problem,
    },
  };
}
