// Maps the columns of a table to the roles an analysis needs (customer, date, amount...) by
// header name, in English and Chinese, with the column's values as a tie-breaker.
import { isBlank } from "./blank";
import { parseDate } from "./date";
import { parseNumber } from "./number";
import { normalizeHeader } from "./text";

export interface RoleSpec {
  /** Header names, best first, already in normalised form (lower case, single spaces). */
  aliases: readonly string[];
  /** What the column's values should look like, to break ties and to map unnamed columns. */
  kind: "id" | "date" | "number" | "category";
}

export const TRANSACTION_ROLES = {
  customer: {
    aliases: ["customer id", "customer", "customer no", "customer number", "client id", "client", "cust id", "member id", "account id", "user id", "客户id", "客户编号", "客户", "会员id", "会员", "用户id", "用户"],
    kind: "id",
  },
  date: {
    aliases: ["order date", "date", "purchase date", "transaction date", "invoice date", "order time", "订单日期", "日期", "下单日期", "购买日期", "交易日期", "下单时间"],
    kind: "date",
  },
  amount: {
    aliases: ["amount", "revenue", "sales", "order amount", "order value", "total", "value", "spend", "net amount", "金额", "订单金额", "销售额", "收入", "消费金额", "实付金额"],
    kind: "number",
  },
} as const satisfies Record<string, RoleSpec>;

const SAMPLE = 50;

/** Share of the first non-blank values of a column that look like the kind. */
function kindShare(rows: readonly (readonly unknown[])[], col: number, kind: RoleSpec["kind"]): number {
  let seen = 0;
  let hits = 0;
  for (let i = 0; i < rows.length && seen < SAMPLE; i++) {
    const v = rows[i]?.[col];
    if (isBlank(v)) continue;
    seen++;
    if (kind === "date") hits += typeof parseDate(v) === "number" && (typeof v !== "number" || v > 3000) ? 1 : 0;
    else if (kind === "number") hits += parseNumber(v) !== undefined ? 1 : 0;
    else hits += 1;
  }
  return seen === 0 ? 0 : hits / seen;
}

/** How well a header names a role: 3 exact alias, 2 header contains an alias as whole words, 0 none. */
function nameScore(header: string, aliases: readonly string[]): number {
  let best = 0;
  aliases.forEach((alias, rank) => {
    const bonus = 1 - rank / (aliases.length * 10); // earlier aliases win ties
    if (header === alias) best = Math.max(best, 3 * bonus);
    else if (new RegExp(`(^| )${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( |$)`).test(header)) best = Math.max(best, 2 * bonus);
    else if (/[\u4e00-\u9fff]/.test(alias) && header.includes(alias)) best = Math.max(best, 2 * bonus);
  });
  return best;
}

/**
 * Column index (0-based) for each role, or -1 when none fits. Each column serves one role. Roles
 * are filled greedily by the best (name, values) score; a column whose values do not fit the
 * role's kind (e.g. text for a date) is not chosen by name alone.
 */
export function autoMapColumns<R extends Record<string, RoleSpec>>(
  headers: readonly unknown[],
  body: readonly (readonly unknown[])[],
  roles: R,
): { [K in keyof R]: number } {
  const names = headers.map(normalizeHeader);
  const candidates: { role: keyof R; col: number; score: number }[] = [];
  for (const role of Object.keys(roles) as (keyof R)[]) {
    const spec = roles[role];
    names.forEach((name, col) => {
      const fit = kindShare(body, col, spec.kind);
      const byName = nameScore(name, spec.aliases);
      if (byName > 0 && fit >= 0.5) candidates.push({ role, col, score: byName + fit });
      else if (byName === 0 && spec.kind !== "id" && spec.kind !== "category" && fit >= 0.9) candidates.push({ role, col, score: fit * 0.5 });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const out = Object.fromEntries(Object.keys(roles).map((r) => [r, -1])) as { [K in keyof R]: number };
  const used = new Set<number>();
  for (const c of candidates) {
    if (out[c.role] !== -1 || used.has(c.col)) continue;
    out[c.role] = c.col;
    used.add(c.col);
  }
  return out;
}

/**
 * Whether the first row of a range is a header: it has text, every non-blank cell in it is text
 * that is neither a number nor a date, and the next row holds at least one number or date.
 */
export function detectHeaderRow(values: readonly (readonly unknown[])[]): boolean {
  if (values.length < 2) return false;
  const [first, second] = values;
  let text = 0;
  for (const v of first) {
    if (isBlank(v)) continue;
    if (typeof v !== "string" || parseNumber(v) !== undefined || typeof parseDate(v) === "number") return false;
    text++;
  }
  if (text === 0) return false;
  return second.some((v) => typeof v === "number" || (typeof v === "string" && (parseNumber(v) !== undefined || typeof parseDate(v) === "number")));
}
