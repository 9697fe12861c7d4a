// Every user-visible string of the task pane, in English and Simplified Chinese.
// Formulas and the product name are the same in both languages: Excel's function names and
// argument names are not translated.

import { clvEn, clvZh } from "./clv-strings";
import { cohortEn, cohortZh } from "./cohort-strings";
import { experimentEn, experimentZh } from "./experiment-strings";
import { kanoEn, kanoZh } from "./kano-strings";
import { priorityEn, priorityZh } from "./priority-strings";
import { reportEn, reportZh } from "./report-strings";
import { requirementsEn, requirementsZh } from "./requirements-strings";
import { segmentEn, segmentZh } from "./segment-strings";
import { storedEn, storedZh } from "./stored-strings";
import { strategyEn, strategyZh } from "./strategy-strings";
import { vocEn, vocZh } from "./voc-strings";
import { wizardEn, wizardZh } from "./wizard-strings";

export type Language = "en" | "zh";

export const LANGUAGES: readonly Language[] = ["en", "zh"];

/** Each language's name in that language (autonyms), for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  zh: "简体中文",
};

/** BCP 47 tag of each language, for the page's lang attribute. */
export const LANGUAGE_TAGS: Record<Language, string> = {
  en: "en",
  zh: "zh-Hans",
};

const homeEn = {
  appTitle: "CX Analytics",
  appTagline: "Customer analytics as Excel formulas. Each analysis below is a function you can type in any cell.",
  languageLabel: "Language",
  analysesHeading: "Analyses",
  formulasHeading: "Formulas",
  howToUseHeading: "How to use",
  spillNote: "Results spill: a formula fills the cells below and to the right of it, so enter it in an empty area.",
  spillLink: "About spilled results in Excel",

  rfmTitle: "RFM segmentation",
  rfmQuestion: "Who are our best customers, and who is slipping away?",
  rfmHowTo:
    "Point the first three arguments at the columns of a transactions table: one row per order, with the customer id, " +
    "the order date and the amount. A header row is fine; negative amounts are refunds and are netted. Optional " +
    'arguments: the as-of date (default: the day after the last order), the number of score levels (default 5), your own ' +
    'segment map, "total" or "mean" spend per order, and whether orders on the same day count as one.',
  rfmFormula: "=CX.RFM(customer_ids, dates, amounts, ...)",
  rfmFormulaHelp:
    "One row per customer: recency (days since the last order), frequency, monetary value, R, F and M scores from 1 " +
    "to 5 (5 is best), the RFM code and a segment such as Champions or At Risk.",
  rfmSummaryFormula: "=CX.RFM.SUMMARY(customer_ids, dates, amounts, ...)",
  rfmSummaryFormulaHelp:
    "One row per segment: customers, share of customers, mean recency, frequency and monetary value, revenue and " +
    "share of revenue.",
  rfmScoreFormula: "=CX.RFM.SCORE(recency, frequency, monetary, ...)",
  rfmScoreFormulaHelp:
    "For customer-level figures you already have: R, F and M scores, the RFM code and the segment, row by row " +
    "beside your data.",
};

type HomeKey = keyof typeof homeEn;

const homeZh: Record<HomeKey, string> = {
  appTitle: "CX Analytics",
  appTagline: "用 Excel 公式完成客户分析。下面的每项分析都是一个函数，可以在任意单元格中输入。",
  languageLabel: "语言",
  analysesHeading: "分析",
  formulasHeading: "公式",
  howToUseHeading: "使用方法",
  spillNote: "结果会溢出：公式会填充其下方和右侧的单元格，因此请在空白区域输入。",
  spillLink: "了解 Excel 中的溢出结果",

  rfmTitle: "RFM 客户分群",
  rfmQuestion: "谁是我们最好的客户？谁正在流失？",
  rfmHowTo:
    "将前三个参数指向交易表中的列：每笔订单一行，包含客户编号、订单日期和金额。可以带标题行；负金额视为退款，" +
    "会从消费额中扣除。可选参数：分析日期（默认为最后一笔订单的次日）、评分等级数（默认 5 级）、自定义分群表、" +
    "按“total”（总额）或“mean”（每单平均）计算消费额，以及同一天的多笔订单是否只算一笔。",
  rfmFormula: "=CX.RFM(customer_ids, dates, amounts, ...)",
  rfmFormulaHelp:
    "每位客户一行：最近购买间隔（距上次订单的天数）、购买频次、消费金额，R、F、M 三项 1 至 5 分的评分" +
    "（5 分最好）、RFM 代码，以及 Champions（冠军客户）、At Risk（流失风险）等分群。",
  rfmSummaryFormula: "=CX.RFM.SUMMARY(customer_ids, dates, amounts, ...)",
  rfmSummaryFormulaHelp: "每个分群一行：客户数、客户占比、平均最近购买间隔、平均购买频次、平均消费金额、收入及收入占比。",
  rfmScoreFormula: "=CX.RFM.SCORE(recency, frequency, monetary, ...)",
  rfmScoreFormulaHelp: "适用于已有的客户级数据：逐行给出 R、F、M 评分、RFM 代码和分群，与您的数据一一对应。",
};

export const en = { ...homeEn, ...wizardEn, ...reportEn, ...requirementsEn, ...clvEn, ...kanoEn, ...vocEn, ...experimentEn, ...segmentEn, ...cohortEn, ...storedEn, ...strategyEn, ...priorityEn };
export type StringKey = keyof typeof en;
export const zh: Record<StringKey, string> = { ...homeZh, ...wizardZh, ...reportZh, ...requirementsZh, ...clvZh, ...kanoZh, ...vocZh, ...experimentZh, ...segmentZh, ...cohortZh, ...storedZh, ...strategyZh, ...priorityZh };

const TABLES: Record<Language, Record<StringKey, string>> = { en, zh };

/** The string `key` in `lang` (English when a language lacks it, which the types rule out). */
export function t(lang: Language, key: StringKey): string {
  return TABLES[lang]?.[key] ?? en[key];
}

/** The string `key` with its {placeholders} filled in: fill("en", "willAnalyse", { rows: "1,200" }). */
export function fill(lang: Language, key: StringKey, values: Record<string, string | number>): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Numbers as the language writes them (grouping), for messages. */
export function formatNumber(lang: Language, n: number, maximumFractionDigits = 0): string {
  return n.toLocaleString(LANGUAGE_TAGS[lang] === "zh-Hans" ? "zh-CN" : "en-US", { maximumFractionDigits });
}

/** A share as a percentage: whole percents, one decimal below 10% so small segments do not read as 0%. */
export function formatShare(lang: Language, share: number): string {
  return share.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { style: "percent", maximumFractionDigits: Math.abs(share) < 0.1 ? 1 : 0 });
}

/**
 * The pane's language for Office's display language (Office.context.displayLanguage, e.g.
 * "zh-CN") or a browser's (navigator.language): Simplified Chinese for any zh tag, else English.
 */
export function pickLanguage(displayLanguage?: string): Language {
  const tag = (displayLanguage ?? "").trim().toLowerCase().replace(/_/g, "-");
  return tag === "zh" || tag.startsWith("zh-") ? "zh" : "en";
}

/** Whether `value` is one of the pane's languages (for a stored preference). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
