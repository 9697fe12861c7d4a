// The survey data step's logic, free of React: auto-mapping of the score, segment and date
// columns, the preview rows, the task input, and the metric a score column suggests.
import { autoMapColumns, type RoleSpec } from "../../core/table/automap";
import { isBlank } from "../../core/table/blank";
import { epochDayFromSerial, isoFromEpochDay } from "../../core/table/date";
import { normalizeHeader } from "../../core/table/text";
import type { RangeData } from "../../excel/gateway";
import type { VocInput, VocInspect, VocMapping, VocSettings } from "../compute/voc-task";
import { columnName, columnOptions } from "../wizard/transaction-data";

export type SurveyRole = keyof VocMapping;
export const SURVEY_ROLES: readonly SurveyRole[] = ["score", "group", "date"];

const NPS_NAMES = ["nps", "nps score", "likely to recommend", "likelihood to recommend", "how likely are you to recommend", "recommend", "net promoter score", "推荐", "推荐意愿", "推荐可能性", "推荐度", "净推荐值"];
const CSAT_NAMES = ["csat", "csat score", "satisfaction", "customer satisfaction", "overall satisfaction", "满意度", "满意", "客户满意度"];
const CES_NAMES = ["ces", "ces score", "effort", "customer effort", "effort score", "ease", "费力度", "费力", "省力", "客户费力度"];

/** Header names of each role, best first, in normalised form (lower case, single spaces). */
export const SURVEY_ROLE_SPECS = {
  score: { aliases: [...NPS_NAMES, ...CSAT_NAMES, ...CES_NAMES, "score", "rating", "answer", "评分", "得分", "分数"], kind: "number" },
  group: {
    aliases: ["segment", "customer segment", "group", "tier", "customer tier", "channel", "region", "plan", "customer type", "分群", "细分", "客户分群", "群组", "分组", "渠道", "地区", "等级", "客户类型"],
    kind: "category",
  },
  date: {
    aliases: ["date", "survey date", "response date", "answer date", "answered on", "submitted", "submitted at", "timestamp", "日期", "提交日期", "提交时间", "答卷日期", "回复日期", "调查日期"],
    kind: "date",
  },
} as const satisfies Record<SurveyRole, RoleSpec>;

const NONE: VocMapping = { score: -1, group: -1, date: -1 };
export const NO_SURVEY_MAPPING = NONE;

/** The columns the names and values suggest; the segment and date stay -1 when none fits. */
export function initialSurveyMapping(range: RangeData, hasHeader: boolean): VocMapping {
  const headers = hasHeader ? (range.values[0] ?? []) : [];
  const body = range.values.slice(hasHeader ? 1 : 0, 60);
  const names = Array.from({ length: range.cols }, (_, j) => headers[j] ?? "");
  return { ...NONE, ...autoMapColumns(names, body, SURVEY_ROLE_SPECS) };
}

export type SurveyMappingProblem = "noScore" | "duplicate" | undefined;

export function surveyMappingProblem(m: VocMapping): SurveyMappingProblem {
  if (m.score < 0) return "noScore";
  const used = SURVEY_ROLES.map((r) => m[r]).filter((c) => c >= 0);
  return new Set(used).size < used.length ? "duplicate" : undefined;
}

export function surveyTaskInput(range: RangeData, hasHeader: boolean, mapping: VocMapping): VocInput {
  const options = columnOptions(range, hasHeader);
  const name = (col: number) => (col >= 0 && options[col] ? columnName(options[col]) : "");
  return {
    values: range.values,
    hasHeader,
    mapping,
    labels: { score: name(mapping.score), group: name(mapping.group), date: name(mapping.date) },
    firstRowNumber: range.row + 1,
  };
}

/** The mapped roles, in order. */
export function mappedRoles(mapping: VocMapping): SurveyRole[] {
  return SURVEY_ROLES.filter((r) => mapping[r] >= 0);
}

function display(v: unknown, role: SurveyRole): string {
  if (isBlank(v)) return "";
  if (role === "date" && typeof v === "number") {
    const day = epochDayFromSerial(v);
    if (typeof day === "number") return isoFromEpochDay(day);
  }
  return String(v);
}

/** The first rows of the mapped columns, with their sheet row numbers. */
export function surveyPreviewRows(range: RangeData, hasHeader: boolean, mapping: VocMapping, count = 5): { row: number; cells: string[] }[] {
  const start = hasHeader ? 1 : 0;
  const roles = mappedRoles(mapping);
  return range.values.slice(start, start + count).map((values, i) => ({
    row: range.row + start + i + 1,
    cells: roles.map((role) => display(values[mapping[role]], role)),
  }));
}

function namedAs(header: string, names: readonly string[]): boolean {
  return names.some((n) => header === n || new RegExp(`(^| )${n}( |$)`).test(header) || (/[\u4e00-\u9fff]/.test(n) && header.includes(n)));
}

/**
 * The metric and scale a score column suggests: by its header (NPS, CSAT, CES in English or
 * Chinese), else by its answers (0 or above 7 means the 0-10 NPS question).
 */
export function suggestSettings(header: string, inspect: VocInspect | undefined, current: VocSettings): VocSettings {
  const h = normalizeHeader(header);
  const max = inspect?.max;
  const min = inspect?.min;
  const out = { ...current };
  if (namedAs(h, CES_NAMES)) out.metric = "ces";
  else if (namedAs(h, CSAT_NAMES)) out.metric = "csat";
  else if (namedAs(h, NPS_NAMES)) out.metric = "nps";
  else if (max !== undefined && max <= 5 && min !== undefined && min >= 1) out.metric = "csat";
  else out.metric = "nps";
  if (out.metric === "csat") {
    out.csatScale = max !== undefined && max > 7 ? 10 : max !== undefined && max > 5 ? 7 : 5;
    out.topBox = out.csatScale - 1;
  }
  if (out.metric === "ces") out.cesScale = max !== undefined && max <= 5 ? 5 : 7;
  return out;
}
