import type { CommandIo } from './io';

/**
 * Progress lines on standard error for anything that runs longer than a second (cli.md): nothing is
 * printed until a second has passed, then at most one line every half second.
 */
export function progressReporter(io: CommandIo, now: () => number = io.clock ?? (() => Date.now())): (message: string) => void {
  const start = now();
  let last = 0;
  return (message) => {
    const t = now();
    if (t - start < 1000 || t - last < 500) return;
    last = t;
    io.err(`${message}\n`);
  };
}
