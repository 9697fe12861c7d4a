// State of the segmentation data step: the range read from the workbook, the header choice, the
// columns of each method (suggested, then editable), and what the engine will read or the first
// cell it cannot (read here as the run will read it; reading is fast, the clustering is not).
import type { WorkbookGateway } from "../../excel/gateway";
import type { SegmentInspect } from "../compute/segment-task";
import type { Language } from "../i18n/strings";
import { useRangeData, useReadCheck } from "../wizard/useRangeData";
import { initialSegmentMapping, inspectSegment, NO_SEGMENT_MAPPING, segmentMappingProblem, type SegmentMethod } from "./segment-data";

export function useSegmentData(gateway: WorkbookGateway, language: Language, method: SegmentMethod) {
  const { range, hasHeader, mapping, setMapping, problem, sourceProps } = useRangeData(gateway, language, {
    noMapping: NO_SEGMENT_MAPPING,
    suggest: initialSegmentMapping,
    clearOnFailure: true,
    remapOnHeader: true,
  });

  const mappingIssue = range ? segmentMappingProblem(method, mapping) : undefined;
  const checked = useReadCheck<SegmentInspect>(language, range && !mappingIssue ? () => inspectSegment(method, range, hasHeader, mapping) : undefined, [
    method,
    range,
    hasHeader,
    mapping,
    mappingIssue,
  ]);

  return {
    range,
    hasHeader,
    mapping,
    inspect: checked.value,
    stepProps: {
      ...sourceProps,
      mapping,
      onMappingChange: setMapping,
      mappingIssue,
      inspect: checked.value,
      problem: problem ?? checked.problem,
    },
  };
}
