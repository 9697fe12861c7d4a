// Seeded transactions for the lifetime-value tests (the wizard and the stored-analysis refresh).
import { mulberry32 } from "../../../src/core/math/random";
import { sampleBeta, sampleExponential, sampleGamma } from "../../../src/core/math/sample";

/**
 * 300 customers drawn from the BG/NBD and Gamma-Gamma processes (seeded): purchase rate
 * lambda ~ Gamma(r = 0.25, alpha = 4) per week, dropout after each purchase with p ~ Beta(0.8, 2.5),
 * first purchases in the first 12 weeks of 2024, spend ~ Gamma(6, nu) with nu ~ Gamma(4, 15).
 * Header row first, then each customer's orders in turn.
 */
export function orders(): (string | number)[][] {
  const rand = mulberry32(7);
  const rows: (string | number)[][] = [["Customer", "Date", "Amount"]];
  const start = 45292; // 2024-01-01
  for (let c = 0; c < 300; c++) {
    const lambda = sampleGamma(rand, 0.25, 4);
    const p = sampleBeta(rand, 0.8, 2.5);
    const nu = sampleGamma(rand, 4, 15);
    let week = rand() * 12;
    do {
      rows.push([`K${c}`, start + Math.floor(week * 7), Math.round(sampleGamma(rand, 6, nu) * 100) / 100]);
      if (rand() < p) break;
      week += sampleExponential(rand, lambda);
    } while (week < 52);
  }
  return rows;
}
