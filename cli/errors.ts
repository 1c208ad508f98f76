/** Bad arguments or unreadable input: one clear line, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "UsageError";
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
