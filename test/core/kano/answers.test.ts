import { KANO_ANSWERS, KANO_LABELS, normalizeAnswerText, parseKanoAnswer } from "../../../src/core/kano/answers";
import { kanoCategory, KANO_CATEGORIES, TIE_ORDER } from "../../../src/core/kano/evaluation";

describe("Kano answers", () => {
  test("codes 1..5: 1 = like, 2 = must-be (expect), 3 = neutral, 4 = live with, 5 = dislike", () => {
    expect([1, 2, 3, 4, 5].map((c) => parseKanoAnswer(c))).toEqual(["like", "must-be", "neutral", "live-with", "dislike"]);
    expect(["1", " 5 ", "3.0"].map((c) => parseKanoAnswer(c))).toEqual(["like", "dislike", "neutral"]);
    expect([0, 6, 2.5, -1, NaN, Infinity].map((c) => parseKanoAnswer(c))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  test("3-point form: 1 = like, 2 = neutral, 3 = dislike; 4 and 5 are not answers", () => {
    expect([1, 2, 3, 4, 5].map((c) => parseKanoAnswer(c, 3))).toEqual(["like", "neutral", "dislike", undefined, undefined]);
    expect(parseKanoAnswer("I like it", 3)).toBe("like");
  });

  test("English labels with variants, any case, spacing or punctuation", () => {
    const cases: [string, string][] = [
      ["I like it", "like"],
      ["i LIKE it that way.", "like"],
      ["  I like it!  ", "like"],
      ["Like", "like"],
      ["I expect it", "must-be"],
      ["It must be that way", "must-be"],
      ["Must-be", "must-be"],
      ["I am neutral", "neutral"],
      ["I don't care", "neutral"],
      ["I DO NOT CARE", "neutral"],
      ["Neutral", "neutral"],
      ["I can live with it", "live-with"],
      ["I can tolerate it", "live-with"],
      ["I dislike it", "dislike"],
      ["I don’t like it", "dislike"], // typographic apostrophe
      ["Dislike", "dislike"],
    ];
    for (const [label, answer] of cases) expect([label, parseKanoAnswer(label)]).toEqual([label, answer]);
  });

  test("Chinese labels with variants", () => {
    const cases: [string, string][] = [
      ["我喜欢", "like"],
      ["喜欢", "like"],
      ["理所当然", "must-be"],
      ["必须如此", "must-be"],
      ["无所谓", "neutral"],
      ["我无所谓。", "neutral"],
      ["能忍受", "live-with"],
      ["可以忍受", "live-with"],
      ["我不喜欢", "dislike"],
      ["不喜欢！", "dislike"],
    ];
    for (const [label, answer] of cases) expect([label, parseKanoAnswer(label)]).toEqual([label, answer]);
  });

  test("a leading code is allowed and the label decides: '1. I like it', '(5) 我不喜欢', '4 - I can live with it'", () => {
    expect(parseKanoAnswer("1. I like it")).toBe("like");
    expect(parseKanoAnswer("(5) 我不喜欢")).toBe("dislike");
    expect(parseKanoAnswer("4 - I can live with it")).toBe("live-with");
  });

  test("unknown labels and other kinds are not answers", () => {
    for (const v of ["maybe", "I like", "", "  ", "yes", true, null, undefined, {}, "1. maybe"]) expect(parseKanoAnswer(v)).toBeUndefined();
  });

  test("normalisation keeps letters and CJK, drops the rest", () => {
    expect(normalizeAnswerText("I can't — live, with it!")).toBe("icantlivewithit");
    expect(normalizeAnswerText("我 不 喜欢。")).toBe("我不喜欢");
  });
});

describe("Kano evaluation table (Berger et al. 1993, table 1)", () => {
  // Rows: functional like, must-be, neutral, live-with, dislike; columns: dysfunctional, same order.
  const expected = [
    "Q A A A O",
    "R I I I M",
    "R I I I M",
    "R I I I M",
    "R R R R Q",
  ].map((r) => r.split(" "));
  test("all 25 cells", () => {
    KANO_ANSWERS.forEach((f, i) => KANO_ANSWERS.forEach((d, j) => expect([f, d, kanoCategory(f, d)]).toEqual([f, d, expected[i][j]])));
  });

  test("3-point answers fall on the corners of the table", () => {
    const three = [1, 2, 3].map((c) => parseKanoAnswer(c, 3)!);
    const grid = three.map((f) => three.map((d) => kanoCategory(f, d)).join(" "));
    expect(grid).toEqual(["Q A O", "R I M", "R R Q"]);
  });

  test("tie order M > O > A > I, then R > Q, covers every category", () => {
    expect(TIE_ORDER).toEqual(["M", "O", "A", "I", "R", "Q"]);
    expect([...TIE_ORDER].sort()).toEqual([...KANO_CATEGORIES].sort());
  });
});

describe("label list", () => {
  test("no label means two answers after normalisation, and every label parses to its own answer", () => {
    const seen = new Map<string, string>();
    for (const answer of KANO_ANSWERS) {
      for (const label of KANO_LABELS[answer]) {
        const key = normalizeAnswerText(label);
        expect([label, seen.get(key) ?? answer]).toEqual([label, answer]);
        seen.set(key, answer);
        expect([label, parseKanoAnswer(label)]).toEqual([label, answer]);
      }
    }
  });
});
