// The files whose JSDoc @customfunction tags make functions.json (used by webpack and the tests).
module.exports.FUNCTION_FILES = ["src/functions/rfm.ts"];
