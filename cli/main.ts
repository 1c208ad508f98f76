// Entry point of the `landrules` bin (bin/landrules.cjs runs it through tsx).
import { processIo } from "./io";
import { run } from "./run";

// `landrules fields | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A defect, not a user error: still one line, and a distinct exit code.
    process.stderr.write(`landrules: 内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  },
);
