// Strings of the lifetime-value wizard and of its reports, in English and Simplified Chinese.

export const clvEn = {
  clvTitle: "Customer lifetime value",
  clvQuestion: "What is each customer worth over the coming months, and who is still active?",
  clvHowTo:
    "Point the first three arguments at a transactions table (customer, date, amount). The add-in fits the BG/NBD purchase model and the " +
    "Gamma-Gamma spend model, then values each customer over a horizon (default 12 months) with a yearly discount rate (default 10%) " +
    "and a margin (default 100%: the value is in revenue). Customers with a single purchase are valued too.",
  openClvWizard: "Open lifetime value wizard",
  ltvFormula: "=CX.LTV(customer_ids, dates, amounts, ...)",
  ltvFormulaHelp: "One row per customer: repeat purchases, recency, age, probability of being active, expected purchases and spend, and the lifetime value.",
  clvFitFormula: "=CX.CLV.FIT(frequency, recency, T, ...)",
  clvFitFormulaHelp: "The fitted purchase model's parameters with standard errors and the log-likelihood, from customer-level columns.",
  paliveFormula: "=CX.PALIVE(params, frequency, recency, T)",
  paliveFormulaHelp: "The probability that each customer is still active, from the parameters =CX.CLV.FIT returns.",

  modelLabel: "Purchase model",
  modelBgnbd: "BG/NBD (Fader, Hardie & Lee 2005)",
  modelMbgnbd: "MBG/NBD (Batislam, Denizel & Filiztekin 2007)",
  modelPareto: "Pareto/NBD (Schmittlein, Morrison & Colombo 1987)",
  horizonLabel: "Horizon (months)",
  discountLabel: "Yearly discount rate (%)",
  marginLabel: "Margin (% of spend)",
  marginHint: "100% values customers in revenue; enter your gross margin to value them in profit.",
  clvAsOfHint: "Leave empty for the day after the last purchase ({date}).",
  validateLabel: "Check the model on a holdout period",
  calibrationEndLabel: "End of the calibration period",
  calibrationEndHint: "The model is fitted on the purchases up to this date and checked against the purchases after it.",
  calibrationEndMissing: "Give the date that ends the calibration period, or turn the check off.",

  stageReading: "Reading the transactions…",
  stageFitting: "Fitting the purchase and spend models…",
  stageValuing: "Computing each customer's value…",
  stageValidating: "Checking the model on the holdout period…",

  clvSummary: "Customers: {customers}. Lifetime value over {months} months: {total}. The most valuable tenth of customers holds {topShare} of it.",
  parametersHeading: "Fitted models",
  topHeading: "Top customers",
  decilesHeading: "Value by customer decile",
  validationHeading: "Holdout check",
  trackingHeading: "Cumulative repeat purchases",
  verdictGood: "Good fit",
  verdictFair: "Fair fit",
  verdictPoor: "Poor fit",
  verdictLine: "{verdict}: predicted {predicted} purchases in the holdout period against {actual} actual ({error}).",
  clvWarnings: "Warnings from the fit",

  sheetNameClv: "CLV",
  sheetTitleClv: "Customer lifetime value",
};

export type ClvKey = keyof typeof clvEn;

export const clvZh: Record<ClvKey, string> = {
  clvTitle: "客户终身价值",
  clvQuestion: "未来几个月每位客户值多少？哪些客户仍然活跃？",
  clvHowTo:
    "将前三个参数指向交易表（客户、日期、金额）。加载项会拟合 BG/NBD 购买模型和 Gamma-Gamma 消费模型，然后按时间范围（默认 12 个月）、" +
    "年折现率（默认 10%）和利润率（默认 100%，即按收入计）评估每位客户的价值。只购买过一次的客户也会被评估。",
  openClvWizard: "打开客户终身价值向导",
  ltvFormula: "=CX.LTV(customer_ids, dates, amounts, ...)",
  ltvFormulaHelp: "每位客户一行：重复购买次数、最近购买时间、客户年龄、仍然活跃的概率、预期购买次数与消费额，以及终身价值。",
  clvFitFormula: "=CX.CLV.FIT(frequency, recency, T, ...)",
  clvFitFormulaHelp: "根据客户级数据拟合购买模型，给出参数、标准误和对数似然。",
  paliveFormula: "=CX.PALIVE(params, frequency, recency, T)",
  paliveFormulaHelp: "根据 =CX.CLV.FIT 返回的参数，计算每位客户仍然活跃的概率。",

  modelLabel: "购买模型",
  modelBgnbd: "BG/NBD（Fader、Hardie 与 Lee，2005）",
  modelMbgnbd: "MBG/NBD（Batislam、Denizel 与 Filiztekin，2007）",
  modelPareto: "Pareto/NBD（Schmittlein、Morrison 与 Colombo，1987）",
  horizonLabel: "时间范围（月）",
  discountLabel: "年折现率（%）",
  marginLabel: "利润率（占消费额的 %）",
  marginHint: "100% 表示按收入评估客户；填写毛利率则按利润评估。",
  clvAsOfHint: "留空则使用最后一次购买的次日（{date}）。",
  validateLabel: "用留出期检验模型",
  calibrationEndLabel: "校准期结束日期",
  calibrationEndHint: "模型用此日期之前的购买拟合，再与此日期之后的实际购买对比。",
  calibrationEndMissing: "请填写校准期的结束日期，或关闭检验。",

  stageReading: "正在读取交易数据…",
  stageFitting: "正在拟合购买模型和消费模型…",
  stageValuing: "正在计算每位客户的价值…",
  stageValidating: "正在用留出期检验模型…",

  clvSummary: "客户 {customers} 位。未来 {months} 个月的终身价值合计 {total}。价值最高的十分之一客户占其中的 {topShare}。",
  parametersHeading: "拟合的模型",
  topHeading: "价值最高的客户",
  decilesHeading: "按客户十分位的价值",
  validationHeading: "留出期检验",
  trackingHeading: "累计重复购买次数",
  verdictGood: "拟合良好",
  verdictFair: "拟合一般",
  verdictPoor: "拟合较差",
  verdictLine: "{verdict}：预测留出期购买 {predicted} 次，实际 {actual} 次（{error}）。",
  clvWarnings: "拟合时的提示",

  sheetNameClv: "CLV",
  sheetTitleClv: "客户终身价值",
};
