// The custom-functions runtime's CustomFunctions global, as Excel provides it
// (@types/custom-functions-runtime): an Error class with a code and a message, and associate().
class ExcelFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: ExcelFunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};
export {};
