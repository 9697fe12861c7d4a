// Kano analysis: answers per feature -> each respondent's category and each feature's statistics.
import { moments } from "../math/moments";
import { KanoScale } from "./answers";
import { kanoCategory, KanoCategory } from "./evaluation";
import { kanoFeatureStats, KanoFeatureStats } from "./feature";
import { KanoData } from "./input";

export interface KanoFeatureResult extends KanoFeatureStats {
  name: string;
  /** Respondents who left one or both questions of the feature blank. */
  blank: number;
  firstBlankRows: number[];
  /** Mean self-stated importance, when ratings were given for the feature. */
  importance?: number;
  /** Number of importance ratings given. */
  importanceN?: number;
}

export interface KanoResult {
  features: KanoFeatureResult[];
  /** Row number (in the ranges) of each respondent. */
  respondentRows: number[];
  /** Category of each respondent (row) for each feature (column); undefined when a question was left blank. */
  classes: (KanoCategory | undefined)[][];
  scale: KanoScale;
  hasHeader: boolean;
}

export function kanoAnalysis(data: KanoData): KanoResult {
  const rowIndex = new Map(data.respondentRows.map((r, i) => [r, i]));
  const classes = data.respondentRows.map(() => new Array<KanoCategory | undefined>(data.features.length).fill(undefined));
  const features = data.features.map((f, j): KanoFeatureResult => {
    f.rows.forEach((row, i) => (classes[rowIndex.get(row)!][j] = kanoCategory(f.functional[i], f.dysfunctional[i])));
    const stats = kanoFeatureStats(f.functional, f.dysfunctional);
    const out: KanoFeatureResult = { name: f.name, blank: f.blank, firstBlankRows: f.firstBlankRows, ...stats };
    if (f.importance && f.importance.length > 0) {
      out.importance = moments(f.importance).mean;
      out.importanceN = f.importance.length;
    }
    return out;
  });
  return { features, respondentRows: data.respondentRows, classes, scale: data.scale, hasHeader: data.hasHeader };
}
