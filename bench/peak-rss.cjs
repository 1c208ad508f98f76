// Preloaded (node -r) into a benchmarked child process: on exit, its peak resident set size,
// as one line on stderr that bench/cli.ts reads back.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
