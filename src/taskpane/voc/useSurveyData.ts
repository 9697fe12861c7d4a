// State of the survey data step: the range read from the workbook, the header choice, the column
// mapping and the engine's inspection of what will be analysed or skipped (re-run in the worker
// on every change).
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { useInspect, useRangeData } from "../wizard/useRangeData";
import { initialSurveyMapping, NO_SURVEY_MAPPING, surveyMappingProblem, surveyTaskInput } from "./survey-data";

export function useSurveyData(gateway: WorkbookGateway, runner: AnalysisRunner, language: Language) {
  const { address, range, reading, hasHeader, mapping, setMapping, problem, setProblem, sourceProps } = useRangeData(gateway, language, {
    noMapping: NO_SURVEY_MAPPING,
    suggest: initialSurveyMapping,
    remapOnHeader: true,
  });
  const inspect = useInspect(
    language,
    setProblem,
    range && !surveyMappingProblem(mapping) ? () => runner.run({ kind: "voc.inspect", input: surveyTaskInput(range, hasHeader, mapping) }) : undefined,
    [range, hasHeader, mapping, runner, language],
  );

  return {
    address,
    range,
    reading,
    hasHeader,
    mapping,
    inspect,
    problem,
    /** Props for SurveyDataStep (add language and onNext). */
    stepProps: {
      ...sourceProps,
      mapping,
      onMappingChange: setMapping,
      inspect,
      problem,
    },
  };
}
