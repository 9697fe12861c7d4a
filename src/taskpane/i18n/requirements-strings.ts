// Strings of the notice an older Excel gets about the features it lacks (src/excel/requirements.ts),
// in English and Simplified Chinese.

export const requirementsEn = {
  reqTitle: "Some features need a newer version of Excel",
  reqTitleNoWrite: "This version of Excel cannot run the CX Analytics wizards",
  reqIntro: "This version of Excel lacks what CX Analytics needs for:",
  reqFeatureWriteSheets: "Writing result sheets: the wizards cannot insert their results.",
  reqFeatureCustomFunctions: "The =CX.* formulas: they cannot be used in cells.",
  reqFeatureStoredAnalyses: "Stored analyses: wizard runs cannot be saved in the workbook and refreshed later.",
  reqFeatureConvertSpills: "Converting =CX.* results to values before sharing a workbook.",
  reqFeatureSecondaryAxis: "A second value axis on charts: charts with two measures draw both on one axis.",
  reqFeatureFormulaScan: "The fast search for =CX.* formulas: the workbook is searched more slowly.",
  reqNeeds: "Needs {sets}.",
  reqAdvice:
    "Use Excel for Microsoft 365 on Windows or Mac, Excel 2021 or later, or Excel on the web, with the latest updates installed.",
  reqOpenDisabled: "Not available in this version of Excel: it cannot write result sheets (needs ExcelApi 1.7).",
};

type RequirementsKey = keyof typeof requirementsEn;

export const requirementsZh: Record<RequirementsKey, string> = {
  reqTitle: "部分功能需要更新版本的 Excel",
  reqTitleNoWrite: "此版本的 Excel 无法运行 CX Analytics 向导",
  reqIntro: "此版本的 Excel 缺少 CX Analytics 以下功能所需的支持：",
  reqFeatureWriteSheets: "写入结果工作表：向导无法插入结果。",
  reqFeatureCustomFunctions: "=CX.* 公式：无法在单元格中使用。",
  reqFeatureStoredAnalyses: "已保存的分析：向导的运行无法保存在工作簿中，也无法日后刷新。",
  reqFeatureConvertSpills: "共享工作簿前将 =CX.* 结果转换为数值。",
  reqFeatureSecondaryAxis: "图表的次数值轴：含两个度量的图表会把两者画在同一坐标轴上。",
  reqFeatureFormulaScan: "快速查找 =CX.* 公式：查找工作簿会更慢。",
  reqNeeds: "需要 {sets}。",
  reqAdvice: "请使用 Microsoft 365 版 Excel（Windows 或 Mac）、Excel 2021 或更高版本，或 Excel 网页版，并安装最新更新。",
  reqOpenDisabled: "此版本的 Excel 不可用：它无法写入结果工作表（需要 ExcelApi 1.7）。",
};
