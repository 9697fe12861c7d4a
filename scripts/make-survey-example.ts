// Generates examples/nps-survey.csv: a seeded, synthetic customer survey of 2024 (600 answers)
// with an NPS (0-10), a CSAT (1-5) and a CES (1-7) question, the customer segment and the date
// of each answer, and a few blank answers as real survey exports have them.
// Run: npx ts-node --transpile-only scripts/make-survey-example.ts
// Same seed, same bytes: no Math.random, no clock.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../src/core/math/random";

const SEED = 20240601;
const ANSWERS = 600;
const OUT = join(__dirname, "..", "examples", "nps-survey.csv");

const rand = mulberry32(SEED);
/** Standard normal by Box-Muller. */
function normal(): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Segments: share of answers and the mean of the latent 0-10 "how happy" score in January. */
const SEGMENTS = [
  { name: "Enterprise", share: 0.25, mean: 8.2 },
  { name: "SMB", share: 0.35, mean: 7.3 },
  { name: "Consumer", share: 0.35, mean: 6.8 },
  { name: "Partner", share: 0.05, mean: 7.9 },
] as const;
/** Improvement of the latent score from January to December (a support fix during the year). */
const TREND = 1.0;

function segment(): (typeof SEGMENTS)[number] {
  let r = rand();
  for (const s of SEGMENTS) {
    r -= s.share;
    if (r < 0) return s;
  }
  return SEGMENTS[SEGMENTS.length - 1];
}

const START = Date.UTC(2024, 0, 1);
const DAYS = 366; // 2024 is a leap year

interface Answer {
  day: number;
  segment: string;
  nps: number | "";
  csat: number | "";
  ces: number | "";
}

const answers: Answer[] = [];
for (let i = 0; i < ANSWERS; i++) {
  const day = Math.floor(rand() * DAYS);
  const s = segment();
  const happy = s.mean + (TREND * day) / DAYS + 1.7 * normal();
  answers.push({
    day,
    segment: s.name,
    nps: clamp(Math.round(happy), 0, 10),
    csat: clamp(Math.round(1 + (happy / 10) * 4 + 0.6 * normal()), 1, 5),
    ces: clamp(Math.round(1 + (happy / 10) * 6 + 0.9 * normal()), 1, 7),
  });
}
answers.sort((a, b) => a.day - b.day);

// Blank answers, as respondents skip questions: a few per question, and a few without a segment.
const blanks = { nps: 0, csat: 0, ces: 0, segment: 0 };
for (const a of answers) {
  if (rand() < 0.012) {
    a.nps = "";
    blanks.nps++;
  }
  if (rand() < 0.02) {
    a.csat = "";
    blanks.csat++;
  }
  if (rand() < 0.03) {
    a.ces = "";
    blanks.ces++;
  }
  if (rand() < 0.005) {
    a.segment = "";
    blanks.segment++;
  }
}

const iso = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);
const lines = ["Response ID,Date,Segment,Likely to recommend (0-10),CSAT (1-5),CES (1-7)"];
answers.forEach((a, i) => lines.push([`R${String(i + 1).padStart(4, "0")}`, iso(a.day), a.segment, a.nps, a.csat, a.ces].join(",")));

mkdirSync(join(__dirname, "..", "examples"), { recursive: true });
writeFileSync(OUT, lines.join("\n") + "\n");
console.log(`${OUT}: ${answers.length} answers; blank NPS ${blanks.nps}, CSAT ${blanks.csat}, CES ${blanks.ces}, segment ${blanks.segment}`);
