// The analyses the pane lists, each with its custom functions. Only what the add-in provides.
import type { StringKey } from "./i18n/strings";

export interface FormulaInfo {
  /** The formula as typed in a cell (not translated). */
  formula: StringKey;
  /** What the formula returns. */
  help: StringKey;
}

export interface AnalysisInfo {
  id: string;
  title: StringKey;
  /** The business question the analysis answers. */
  question: StringKey;
  howTo: StringKey;
  /** Label of the button that opens the analysis' wizard. */
  open: StringKey;
  formulas: readonly FormulaInfo[];
}

export const ANALYSES: readonly AnalysisInfo[] = [
  {
    id: "rfm",
    title: "rfmTitle",
    question: "rfmQuestion",
    howTo: "rfmHowTo",
    open: "openRfmWizard",
    formulas: [
      { formula: "rfmFormula", help: "rfmFormulaHelp" },
      { formula: "rfmSummaryFormula", help: "rfmSummaryFormulaHelp" },
      { formula: "rfmScoreFormula", help: "rfmScoreFormulaHelp" },
    ],
  },
  {
    id: "clv",
    title: "clvTitle",
    question: "clvQuestion",
    howTo: "clvHowTo",
    open: "openClvWizard",
    formulas: [
      { formula: "ltvFormula", help: "ltvFormulaHelp" },
      { formula: "clvFitFormula", help: "clvFitFormulaHelp" },
      { formula: "paliveFormula", help: "paliveFormulaHelp" },
    ],
  },
  {
    id: "voc",
    title: "vocTitle",
    question: "vocQuestion",
    howTo: "vocHowTo",
    open: "openVocWizard",
    formulas: [
      { formula: "vocNpsFormula", help: "vocNpsFormulaHelp" },
      { formula: "vocNpsByFormula", help: "vocNpsByFormulaHelp" },
      { formula: "vocNpsTrendFormula", help: "vocNpsTrendFormulaHelp" },
      { formula: "vocNpsTestFormula", help: "vocNpsTestFormulaHelp" },
      { formula: "vocCsatFormula", help: "vocCsatFormulaHelp" },
      { formula: "vocCesFormula", help: "vocCesFormulaHelp" },
    ],
  },
  {
    id: "abtest",
    title: "abTitle",
    question: "abQuestion",
    howTo: "abHowTo",
    open: "openAbWizard",
    formulas: [
      { formula: "abFormula", help: "abFormulaHelp" },
      { formula: "abMeansFormula", help: "abMeansFormulaHelp" },
      { formula: "abSampleSizeFormula", help: "abSampleSizeFormulaHelp" },
    ],
  },
  {
    id: "kano",
    title: "kanoTitle",
    question: "kanoQuestion",
    howTo: "kanoHowTo",
    open: "openKanoWizard",
    formulas: [
      { formula: "kanoFormula", help: "kanoFormulaHelp" },
      { formula: "kanoClassFormula", help: "kanoClassFormulaHelp" },
    ],
  },
  {
    id: "segment",
    title: "segTitle",
    question: "segQuestion",
    howTo: "segHowTo",
    open: "openSegmentWizard",
    formulas: [
      { formula: "segKmeansFormula", help: "segKmeansFormulaHelp" },
      { formula: "segElbowFormula", help: "segElbowFormulaHelp" },
      { formula: "segTierFormula", help: "segTierFormulaHelp" },
      { formula: "segParetoFormula", help: "segParetoFormulaHelp" },
    ],
  },
  {
    id: "cohort",
    title: "cohTitle",
    question: "cohQuestion",
    howTo: "cohHowTo",
    open: "openCohortWizard",
    formulas: [
      { formula: "cohCohortFormula", help: "cohCohortFormulaHelp" },
      { formula: "cohChurnFormula", help: "cohChurnFormulaHelp" },
      { formula: "cohChurnRateFormula", help: "cohChurnRateFormulaHelp" },
      { formula: "cohFunnelFormula", help: "cohFunnelFormulaHelp" },
    ],
  },
  {
    id: "canvas",
    title: "cvTitle",
    question: "cvQuestion",
    howTo: "cvHowTo",
    open: "openCanvasWizard",
    formulas: [
      { formula: "cvValueCurveFormula", help: "cvValueCurveFormulaHelp" },
      { formula: "cvSummaryFormula", help: "cvSummaryFormulaHelp" },
      { formula: "cvErrcFormula", help: "cvErrcFormulaHelp" },
    ],
  },
  {
    id: "priority",
    title: "prTitle",
    question: "prQuestion",
    howTo: "prHowTo",
    open: "openPriorityWizard",
    formulas: [
      { formula: "prScoreFormula", help: "prScoreFormulaHelp" },
      { formula: "prMatrixFormula", help: "prMatrixFormulaHelp" },
      { formula: "prMatrixSummaryFormula", help: "prMatrixSummaryFormulaHelp" },
    ],
  },
];

/** Microsoft's article on spilled (dynamic array) results; it redirects to the reader's locale. */
export const SPILL_HELP_URL =
  "https://support.microsoft.com/office/dynamic-array-formulas-and-spilled-array-behavior-205c6b06-03ba-4151-89a1-87a7eb36e531";
