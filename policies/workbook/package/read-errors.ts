import type { Bilingual } from "../../schema";

/** Why a file cannot be read as a workbook; the CLI prints it as one line and exits 2. */
export type PackageProblem = "not-a-workbook" | "xls" | "xlsb" | "encrypted" | "ods" | "csv" | "too-large" | "no-workbook-part" | "no-sheet" | "malformed";

/** A file the package reader refuses, with the reason in both languages. */
export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly message_: Bilingual,
  ) {
    super(`${message_.zh} / ${message_.en}`);
    this.name = "PackageError";
  }

  get zh(): string {
    return this.message_.zh;
  }

  get en(): string {
    return this.message_.en;
  }
}

export const malformed = (part: string, why: string): PackageError =>
  new PackageError("malformed", { zh: `文件已损坏：${part} 无法解析（${why}）`, en: `the file is damaged: ${part} cannot be parsed (${why})` });
