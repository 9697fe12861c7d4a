// Generates examples/kano-survey.csv: a seeded, synthetic Kano survey of a hotel booking app, one
// row per respondent: the respondent, then two columns per feature, "<feature> (functional)" ("If
// the app has ..., how do you feel?") and "<feature> (dysfunctional)" ("If it does not have ...").
// Answers are the English labels of the 5-point form; a few are left blank.
// Run: npx ts-node --transpile-only scripts/make-kano-example.ts
// Same seed, same bytes: no Math.random, no clock.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ANSWER_LABELS, KANO_ANSWERS, kanoCategory, type KanoAnswer, type KanoCategory } from "../src/core/kano";
import { mulberry32 } from "../src/core/math/random";

const SEED = 20241124;
const RESPONDENTS = 200;
const BLANK = 0.015; // chance that a respondent skips a feature's pair
const OUT = join(__dirname, "..", "examples", "kano-survey.csv");

/** The truth behind the data: each feature's mix of categories among respondents (adds up to 1). */
const FEATURES: { name: string; mix: Record<KanoCategory, number> }[] = [
  { name: "Free Wi-Fi", mix: { M: 0.56, O: 0.2, A: 0.06, I: 0.14, R: 0.02, Q: 0.02 } },
  { name: "Fast check-in", mix: { O: 0.5, M: 0.2, A: 0.14, I: 0.12, R: 0.02, Q: 0.02 } },
  { name: "Rooftop pool", mix: { A: 0.52, I: 0.3, O: 0.1, M: 0.04, R: 0.02, Q: 0.02 } },
  { name: "Mobile room key", mix: { A: 0.38, O: 0.34, I: 0.18, M: 0.06, R: 0.02, Q: 0.02 } },
  { name: "Loyalty points", mix: { I: 0.56, A: 0.2, O: 0.1, M: 0.06, R: 0.06, Q: 0.02 } },
  { name: "Lobby music", mix: { I: 0.46, R: 0.3, A: 0.12, M: 0.04, O: 0.04, Q: 0.04 } },
];

/** Every (functional, dysfunctional) answer pair, grouped by the category it gives. */
const CELLS = new Map<KanoCategory, [KanoAnswer, KanoAnswer][]>();
for (const f of KANO_ANSWERS) {
  for (const d of KANO_ANSWERS) {
    const c = kanoCategory(f, d);
    CELLS.set(c, [...(CELLS.get(c) ?? []), [f, d]]);
  }
}

const rand = mulberry32(SEED);
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}
function category(mix: Record<KanoCategory, number>): KanoCategory {
  let u = rand();
  for (const [c, p] of Object.entries(mix) as [KanoCategory, number][]) {
    if ((u -= p) < 0) return c;
  }
  return "I";
}

const header = ["Respondent", ...FEATURES.flatMap((f) => [`${f.name} (functional)`, `${f.name} (dysfunctional)`])];
const lines = [header.join(",")];
for (let i = 1; i <= RESPONDENTS; i++) {
  const cells = [`R${String(i).padStart(3, "0")}`];
  for (const feature of FEATURES) {
    const [f, d] = pick(CELLS.get(category(feature.mix))!);
    if (rand() < BLANK) cells.push("", "");
    else cells.push(ANSWER_LABELS[f], ANSWER_LABELS[d]);
  }
  lines.push(cells.join(","));
}

mkdirSync(join(__dirname, "..", "examples"), { recursive: true });
writeFileSync(OUT, lines.join("\n") + "\n");
console.log(`wrote ${OUT}: ${RESPONDENTS} respondents, ${FEATURES.length} features`);
