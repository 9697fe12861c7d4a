// Two features over six respondents, as Excel passes the ranges: a header row, answers as codes,
// English and Chinese labels mixed, one respondent who skipped the Pool questions.
export const functional = [
  ["Wifi", "Pool"],
  [1, "I expect it"],
  ["我喜欢", 2],
  [1, ""],
  [3, 5],
  ["I like it", "理所当然"],
  [1, 2],
];
export const dysfunctional = [
  ["Wifi", "Pool"],
  [5, "I dislike it"],
  ["无所谓", 5],
  [5, ""],
  [3, "4"],
  ["I can live with it", 5],
  [5, "dislike"],
];
