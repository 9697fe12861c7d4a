// Numbers as they arrive from Excel or text exports: numbers, or numeric text such as
// "1234.5", "1,234.50", "$12", "(12.50)" (accounting negative), "-3e2", "15%".

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const CURRENCY = /^[$€£¥₹]|^(?:USD|EUR|GBP|CNY|RMB)\s*/i;

/** The number a cell holds, or undefined when it is not a finite number (booleans are not numbers). */
export function parseNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  return parseNumericText(v);
}

function parseNumericText(text: string): number | undefined {
  let s = text.trim();
  let sign = 1;
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-") sign = -sign;
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY, "").trim();
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  if (s === "") return undefined;
  if (!PLAIN.test(s)) {
    if (!GROUPED.test(s)) return undefined;
    s = s.replace(/,/g, "");
  }
  if (s.startsWith("+") || s.startsWith("-")) return undefined; // a second sign: "--5"
  const n = Number(s) * scale * sign;
  return Number.isFinite(n) ? n : undefined;
}
