// State of the priorities data step: the range, the header choice, the item-name and criteria
// columns (suggested, then editable), and the items as the run will read them, or the first cell
// it cannot read (reading is fast, so it is done as the user edits).
import { useMemo } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import { taskFailure } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { describeFailure } from "../wizard/messages";
import { useRangeData } from "../wizard/useRangeData";
import { criterionNames, initialPriorityMapping, NO_PRIORITY_MAPPING, priorityMappingProblem, type PriorityItems, readPriorityItems } from "./priority-data";

export function usePriorityData(gateway: WorkbookGateway, language: Language) {
  const { address, setAddress, range, reading, hasHeader, setHasHeader, mapping, setMapping, problem, onUseSelection, onReadRange } = useRangeData(gateway, language, {
    noMapping: NO_PRIORITY_MAPPING,
    suggest: initialPriorityMapping,
    clearOnFailure: true,
  });

  const mappingIssue = range ? priorityMappingProblem(mapping) : undefined;
  const checked = useMemo((): { items?: PriorityItems; failure?: unknown } => {
    if (!range || mappingIssue) return {};
    try {
      return { items: readPriorityItems(range, hasHeader, mapping) };
    } catch (e) {
      return { failure: taskFailure(e) };
    }
  }, [range, hasHeader, mapping, mappingIssue]);

  return {
    range,
    hasHeader,
    mapping,
    items: checked.items,
    names: range ? criterionNames(range, hasHeader, mapping) : [],
    stepProps: {
      range,
      address,
      onAddressChange: setAddress,
      onUseSelection,
      onReadRange,
      reading,
      hasHeader,
      onHeaderChange: (header: boolean) => {
        setHasHeader(header);
        if (range) setMapping(initialPriorityMapping(range, header));
      },
      mapping,
      onMappingChange: setMapping,
      mappingIssue,
      items: checked.items,
      problem: problem ?? (checked.failure !== undefined ? describeFailure(language, checked.failure) : undefined),
    },
  };
}
