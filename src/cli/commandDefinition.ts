import { type OptionSpec, parseOptions } from './parseOptions';

/**
 * What a command is, written once: its --help (`commandHelp`), its line in `cadre --help`
 * (`overviewHelp`) and the options its parser takes (`parseCommandLine`) are all made from it, so
 * none of them can say something the others do not.
 */
export interface CommandDefinition {
  /** the word after `cadre` */
  readonly name: string;
  /**
   * the usage after `cadre NAME`, one string per line as printed (a long usage continues on a second
   * line): `Usage: cadre NAME …` in the command's --help and `cadre NAME …` in the overview
   */
  readonly synopsis: readonly string[];
  /** one line for the overview: what the command does */
  readonly summary: string;
  /** the file arguments the command takes (`BOOK.xlsx`), in order */
  readonly positionals: readonly string[];
  /** the paragraphs between the usage and the options, as printed */
  readonly description: string;
  readonly options: readonly OptionDefinition[];
  /** paragraphs after the options (before the exit codes), as printed */
  readonly notes?: string;
  /** the paragraph on exit codes, as printed */
  readonly exitCodes: string;
}

export interface OptionDefinition {
  /** the long name without dashes: `json` for --json */
  readonly name: string;
  /** a string option names its value (`FILE`); a boolean option (a switch) has none */
  readonly value?: string;
  /** what it does; lines after the first are indented under the first */
  readonly text: string;
}

/** Options every command takes (parseOptions adds them to each parser). */
const COMMON_OPTIONS: readonly OptionDefinition[] = [
  { name: 'debug', text: 'show stack traces of unexpected failures' },
  { name: 'help', text: 'show this help' },
];

const OPTION_COLUMN = 17;

/** `  --json FILE        text`, the text's later lines under its first */
function optionLines(o: OptionDefinition): string {
  const flag = `--${o.name}${o.value === undefined ? '' : ` ${o.value}`}${o.name === 'help' ? ', -h' : ''}`;
  const [first, ...rest] = o.text.split('\n');
  const indent = ' '.repeat(2 + OPTION_COLUMN + 2);
  return [`  ${flag.padEnd(OPTION_COLUMN)}  ${first}`, ...rest.map((line) => `${indent}${line}`)].join('\n');
}

/** The usage lines, `prefix` before the first and its width of spaces before the others. */
function usageLines(def: CommandDefinition, prefix: string): string[] {
  const first = `${prefix}cadre ${def.name} `;
  return def.synopsis.map((line, i) => (i === 0 ? first : ' '.repeat(first.length)) + line);
}

/** A command's --help. */
export function commandHelp(def: CommandDefinition): string {
  const parts = [
    usageLines(def, 'Usage: ').join('\n'),
    def.description.trimEnd(),
    `Options:\n${[...def.options, ...COMMON_OPTIONS].map(optionLines).join('\n')}`,
    ...(def.notes === undefined ? [] : [def.notes.trimEnd()]),
    def.exitCodes.trimEnd(),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** `cadre --help`: every command's usage, as its own --help gives it, and its summary. */
export function overviewHelp(defs: readonly CommandDefinition[]): string {
  const commands = defs.map((def) => [...usageLines(def, '  '), `      ${def.summary}`].join('\n'));
  return `Usage: cadre <command> [options]
       cadre --help | --version

Commands:
${commands.join('\n')}

Run "cadre <command> --help" for a command's options. Exit codes: 0 success, 1 input problems of
error level, 2 usage error, an output Cadre refuses to replace, or a file that cannot be read or
written.
`;
}

/** The parser's options of a command: a string option for each option with a value, else a switch. */
export function optionSpec(def: CommandDefinition): OptionSpec {
  return Object.fromEntries(def.options.map((o) => [o.name, { type: o.value === undefined ? 'boolean' : 'string' }]));
}

/** Parses a command's arguments by its definition (`parseOptions`: one-line usage errors). */
export function parseCommandLine(def: CommandDefinition, args: readonly string[]): ReturnType<typeof parseOptions> {
  return parseOptions(def.name, args, optionSpec(def), def.positionals.length);
}
