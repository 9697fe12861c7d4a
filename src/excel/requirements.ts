// The Office requirement sets the add-in uses and what each one enables, checked at start-up
// with Office.context.requirements.isSetSupported so an older Excel gets a plain explanation of
// what is unavailable instead of failures. Pure: the check takes isSetSupported as an argument.
//
// The sets follow office-gateway.ts (its header comment says which calls need which set) and the
// manifest (ExcelApi 1.7 and SharedRuntime 1.1 are required there; Excel refuses to load the
// add-in without them, so those two matter when the manifest's requirements are not enforced,
// e.g. an older client or a copied manifest).

/** What the add-in can do only with a given requirement set. */
export type RequirementFeature = "writeSheets" | "customFunctions" | "storedAnalyses" | "convertSpills" | "secondaryAxis" | "formulaScan";

export interface Requirement {
  set: string;
  version: string;
  feature: RequirementFeature;
}

/** Every requirement set the add-in uses, most important feature first. */
export const REQUIREMENTS: readonly Requirement[] = [
  // getRangeByIndexes, chart series values, freeze panes: the wizards' result sheets.
  { set: "ExcelApi", version: "1.7", feature: "writeSheets" },
  // The =CX.* functions run in the task pane's runtime (manifest <Runtimes>).
  { set: "SharedRuntime", version: "1.1", feature: "customFunctions" },
  { set: "CustomFunctionsRuntime", version: "1.1", feature: "customFunctions" },
  // Workbook.settings: each wizard run is stored in the workbook to be refreshed later.
  { set: "ExcelApi", version: "1.4", feature: "storedAnalyses" },
  // Range.getSpillingToRangeOrNullObject: converting spilled =CX.* results to values.
  { set: "ExcelApi", version: "1.12", feature: "convertSpills" },
  // Chart series axisGroup: a second value axis on charts with two measures.
  { set: "ExcelApi", version: "1.8", feature: "secondaryAxis" },
  // Range.getSpecialCellsOrNullObject: the fast search for =CX.* formulas (slower fallback without).
  { set: "ExcelApi", version: "1.9", feature: "formulaScan" },
];

/** The features in the order REQUIREMENTS lists them. */
export const FEATURES: readonly RequirementFeature[] = [...new Set(REQUIREMENTS.map((r) => r.feature))];

export interface UnavailableFeature {
  feature: RequirementFeature;
  /** The sets it lacks, as "ExcelApi 1.12". */
  needs: string[];
}

export interface RequirementCheck {
  /** Every set that is not supported, in REQUIREMENTS order. */
  missing: Requirement[];
  /** The features that are unavailable, each with the sets it lacks, in REQUIREMENTS order. */
  unavailable: UnavailableFeature[];
  /** The wizards can write result sheets (ExcelApi 1.7, the add-in's minimum). */
  canWrite: boolean;
  /** Wizard runs can be stored in the workbook and refreshed (ExcelApi 1.4). */
  canStore: boolean;
  /** Spilled =CX.* results can be converted to values (ExcelApi 1.12). */
  canConvert: boolean;
  /** The =CX.* custom functions are available (SharedRuntime 1.1 and CustomFunctionsRuntime 1.1). */
  hasCustomFunctions: boolean;
  allSupported: boolean;
}

/** Office.context.requirements.isSetSupported, or a test's stand-in. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Which of the add-in's requirement sets the host lacks, and what that leaves unavailable. */
export function checkRequirements(isSetSupported: IsSetSupported): RequirementCheck {
  const supported = (r: Requirement) => {
    try {
      return isSetSupported(r.set, r.version) === true;
    } catch {
      return false; // a host that cannot answer is treated as lacking the set
    }
  };
  const missing = REQUIREMENTS.filter((r) => !supported(r));
  const unavailable = FEATURES.flatMap((feature) => {
    const needs = missing.filter((r) => r.feature === feature).map((r) => `${r.set} ${r.version}`);
    return needs.length > 0 ? [{ feature, needs }] : [];
  });
  const has = (feature: RequirementFeature) => !unavailable.some((u) => u.feature === feature);
  return {
    missing,
    unavailable,
    canWrite: has("writeSheets"),
    canStore: has("storedAnalyses"),
    canConvert: has("convertSpills"),
    hasCustomFunctions: has("customFunctions"),
    allSupported: missing.length === 0,
  };
}
