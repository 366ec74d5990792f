import type { CommandIo } from '../src/cli/io';
import { main } from '../src/cli/main';

/**
 * Runs `cadre ARGV…` in this process, with standard output and error captured, "today" fixed, and the
 * progress clock stopped (a busy machine would otherwise add progress lines to standard error).
 */
export async function runCadre(today: Date, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (t) => (out += t), err: (t) => (err += t), today: () => today, clock: () => 0 };
  const code = await main(argv, io);
  return { code, out, err };
}
