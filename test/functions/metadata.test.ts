// functions.json is generated from the JSDoc of src/functions by custom-functions-metadata (the
// generator webpack's CustomFunctionsMetadataPlugin runs). The snapshot catches accidental
// changes to names, parameters or descriptions users see in Excel's formula autocomplete.
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_FILES } from "../../scripts/function-files";

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[]; result: { dimensionality?: string } }[];
}

let generated: { metadataJson: string; errors: string[] };

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(FUNCTION_FILES.map((f) => path.resolve(__dirname, "../..", f)), true);
});

test("generates without errors", () => {
  expect(generated.errors).toEqual([]);
});

test("functions.json snapshot", () => {
  expect(JSON.parse(generated.metadataJson)).toMatchSnapshot();
});

// Functions that return one number; every other one spills a table.
const SCALAR = ["LTV.SIMPLE", "SAMPLESIZE"];

test("every function and parameter is described; table functions spill matrices", () => {
  const meta = JSON.parse(generated.metadataJson) as Metadata;
  expect(meta.functions.map((f) => f.id)).toEqual([
    ...["RFM", "RFM.SUMMARY", "RFM.SCORE"],
    ...["LTV", "CLV.SUMMARY", "CLV.FIT", "PALIVE", "PURCHASES", "SPEND.FIT", "SPEND", "LTV.SIMPLE", "RETENTION.FIT"],
    ...["KANO", "KANO.CLASS"],
    ...["NPS", "NPS.BY", "NPS.TREND", "NPS.TEST", "CSAT", "CSAT.BY", "CES", "CES.BY"],
    ...["ABTEST", "ABTEST.MEANS", "SAMPLESIZE"],
    ...["COHORT", "FUNNEL", "CHURN", "CHURN.RATE"],
    ...["KMEANS", "KMEANS.CENTERS", "KMEANS.ELBOW", "SILHOUETTE", "TIER", "TIER.SUMMARY", "PARETO"],
    ...["VALUECURVE", "VALUECURVE.SUMMARY", "ERRC", "SCORE", "MATRIX", "MATRIX.SUMMARY"],
  ]);
  for (const f of meta.functions) {
    expect(f.name).toBe(f.id);
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.result.dimensionality).toBe(SCALAR.includes(f.id) ? undefined : "matrix");
    for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
  }
  const rfm = meta.functions[0];
  expect(rfm.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)).toEqual([
    "customer_ids",
    "dates",
    "amounts",
    "as_of?",
    "bins?",
    "segment_map?",
    "monetary?",
    "merge_same_day?",
  ]);
});
