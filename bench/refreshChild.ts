/**
 * Runs one `cadre` command in this process and then prints, as the last line of standard error, a
 * JSON line with the wall time and the peak resident memory of the whole process (getrusage's
 * maxRSS), so the benchmark can measure `cadre refresh` end to end as a user runs it.
 *
 * Usage: node lib/bench/refreshChild.js refresh BOOK.xlsx --out OUT.xlsx ...
 */
import { main } from '../src/cli/main';

const started = performance.now();
const quiet = { out: () => undefined, err: (text: string) => process.stderr.write(text) };
main(process.argv.slice(2), quiet).then(
  (code) => {
    const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stderr.write(`\n${JSON.stringify({ code, ms: Math.round(performance.now() - started), peakMB })}\n`);
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
