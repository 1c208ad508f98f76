// Preloaded (node -r) into a benchmarked child process: on exit, its peak resident set size and
// the CPU time it used (user + system), as one line on stderr that bench/cli.ts reads back. CPU
// time is what the ratios use: on a shared machine, wall time measures the neighbours too.
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`\npeak-rss-kb ${u.maxRSS} cpu-us ${u.userCPUTime + u.systemCPUTime}\n`);
});
