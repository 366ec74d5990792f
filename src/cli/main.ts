import { demoCommand, DEMO_HELP } from './demoCommand';
import { type CommandIo, processIo } from './io';
import { systemErrorMessage } from './outputFiles';
import { refreshCommand, REFRESH_HELP } from './refreshCommand';
import { sampleCommand, SAMPLE_HELP } from './sampleCommand';
import { InputError, UsageError } from './usageError';
import { validateCommand, VALIDATE_HELP } from './validateCommand';

export const MAIN_HELP = `Usage: cadre <command> [options]

Commands:
  demo [--out DIR]                       write the sample program workbook and validate it
  validate BOOK.xlsx [--json FILE]       report input problems; exit 1 if any error-level problem
  refresh BOOK.xlsx --json FILE [--as-of YYYY-MM-DD]
                                         compute the metrics and write them as JSON
  sample [--size N] [--seed S] --out BOOK.xlsx
                                         write a synthetic input workbook

Run "cadre <command> --help" for a command's options.
`;

const COMMANDS: Record<string, { run: (args: readonly string[], io: CommandIo) => Promise<number>; help: string }> = {
  validate: { run: validateCommand, help: VALIDATE_HELP },
  refresh: { run: refreshCommand, help: REFRESH_HELP },
  sample: { run: sampleCommand, help: SAMPLE_HELP },
  demo: { run: demoCommand, help: DEMO_HELP },
};

/**
 * The command line (cli.md). Returns the exit code: 0 success, 1 input problems that stop the
 * computation, 2 usage error (which includes an output Cadre refuses to replace, and a file that
 * cannot be read or written: the message names it and says what to do). Messages are one line;
 * `--debug` adds the stack of unexpected failures.
 */
export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  const debug = argv.includes('--debug');
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.err(`cadre: unknown command "${command}"; run cadre --help for the list\n`);
    return 2;
  }
  try {
    return await entry.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`cadre ${command}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`cadre ${command}: ${e.message}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    // a system error (EACCES, ENOSPC, …) that no command turned into a sentence: every file Cadre
    // writes goes through outputFiles.ts, so this is mostly reading ("cannot read BOOK.xlsx: …")
    const system = typeof err?.code === 'string' && /^E[A-Z]+$/.test(err.code);
    if (system) {
      io.err(`cadre ${command}: ${systemErrorMessage(err)}\n`);
      if (debug && err.stack) io.err(`${err.stack}\n`);
      return 2;
    }
    io.err(`cadre ${command}: unexpected failure: ${err?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && err?.stack) io.err(`${err.stack}\n`);
    return 1;
  }
}
