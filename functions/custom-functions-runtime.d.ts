// The part of Excel's custom-functions runtime the entry uses (the runtime provides the global;
// @types/custom-functions-runtime is not a dependency).
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, fn: (...args: never[]) => unknown): void;
}
