import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CommandDefinition, overviewHelp } from './commandDefinition';
import { DEMO_COMMAND, demoCommand } from './demoCommand';
import { type CommandIo, processIo } from './io';
import { systemErrorMessage } from './outputFiles';
import { REFRESH_COMMAND, refreshCommand } from './refreshCommand';
import { SAMPLE_COMMAND, sampleCommand } from './sampleCommand';
import { SUGGEST_COMMAND, suggestCommand } from './suggestCommand';
import { TEMPLATES_COMMAND, templatesCommand } from './templatesCommand';
import { InputError, UsageError } from './usageError';
import { VALIDATE_COMMAND, validateCommand } from './validateCommand';

type Run = (args: readonly string[], io: CommandIo) => Promise<number>;

/** Every command, in the order a newcomer meets them; `cadre --help` lists them in this order. */
export const COMMANDS: readonly { readonly definition: CommandDefinition; readonly run: Run }[] = [
  { definition: DEMO_COMMAND, run: demoCommand },
  { definition: SAMPLE_COMMAND, run: sampleCommand },
  { definition: TEMPLATES_COMMAND, run: templatesCommand },
  { definition: VALIDATE_COMMAND, run: validateCommand },
  { definition: REFRESH_COMMAND, run: refreshCommand },
  { definition: SUGGEST_COMMAND, run: suggestCommand },
];

/** `cadre --help`: made from the same definitions as each command's --help (commandDefinition.ts). */
export const MAIN_HELP = overviewHelp(COMMANDS.map((c) => c.definition));

/**
 * The version in the package's package.json: the nearest one above this file, which is
 * src/cli/main.ts under Jest and lib/src/cli/main.js when built (bin/cadre.js runs the latter).
 */
export function cadreVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'cadre' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no package.json here (or not Cadre's): look in the folder above
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

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
  if (command === '--version' || command === '-v' || command === 'version') {
    io.out(`cadre ${cadreVersion()}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.definition.name === command);
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
