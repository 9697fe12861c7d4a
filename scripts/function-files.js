// The files whose JSDoc @customfunction tags make functions.json (used by webpack and the tests).
module.exports.FUNCTION_FILES = [
  "src/functions/rfm.ts",
  "src/functions/clv.ts",
  "src/functions/kano.ts",
  "src/functions/voc.ts",
  "src/functions/experiment.ts",
  "src/functions/cohort.ts",
  "src/functions/segment.ts",
  "src/functions/strategy.ts",
];
