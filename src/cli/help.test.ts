import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandIo } from './io';
import { COMMANDS, MAIN_HELP, main } from './main';

const ROOT = join(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The usage lines of a command's --help, without "Usage: " and the indentation. */
function usageOf(help: string): string[] {
  const block = help.slice(0, help.indexOf('\n\n')).split('\n');
  expect(block[0]).toMatch(/^Usage: cadre /);
  return block.map((line) => line.replace(/^Usage: /, '').trim());
}

/** The usage lines the overview gives a command: its `  cadre NAME` line and the lines continuing it. */
function overviewUsageOf(name: string): string[] {
  const lines = MAIN_HELP.split('\n');
  const first = lines.findIndex((line) => line.startsWith(`  cadre ${name} `) || line === `  cadre ${name}`);
  expect(first).toBeGreaterThan(0);
  const out = [lines[first]!.trim()];
  // continuation lines are aligned under the first word after `cadre NAME`; the summary is indented 6
  for (let i = first + 1; /^ {7,}\S/.test(lines[i]!); i++) out.push(lines[i]!.trim());
  return out;
}

const NAMES = COMMANDS.map((c) => c.definition.name);

describe('cadre --help and each command --help come from one definition', () => {
  test('the overview lists every command, each with a one-line summary', () => {
    const listed = [...MAIN_HELP.matchAll(/^ {2}cadre ([a-z]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(NAMES);
    for (const { definition } of COMMANDS) expect(MAIN_HELP).toContain(`\n      ${definition.summary}\n`);
  });

  test.each(NAMES)('the overview gives cadre %s the usage lines of its own --help', async (name) => {
    const { code, out, err } = await run(name, '--help');
    expect([code, err]).toEqual([0, '']);
    expect(overviewUsageOf(name)).toEqual(usageOf(out));
  });

  test.each(COMMANDS.map((c) => [c.definition.name, c.definition] as const))('cadre %s: the usage names exactly the options --help explains and the parser takes', async (name, definition) => {
    const inUsage = new Set([...definition.synopsis.join(' ').matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]));
    expect(inUsage).toEqual(new Set(definition.options.map((o) => o.name)));
    const { out } = await run(name, '--help');
    for (const o of definition.options) expect(out).toMatch(new RegExp(`^ {2}--${o.name}\\b`, 'm'));
    // every option is parsed (a string option takes a value), not refused as unknown
    for (const o of definition.options) {
      const { err } = await run(name, `--${o.name}`, ...(o.value === undefined ? [] : ['x']), '--help');
      expect(err).toBe('');
    }
  });

  test('cadre with no command prints the overview and exits 2; --help, -h and help exit 0', async () => {
    expect(await run()).toEqual({ code: 2, out: MAIN_HELP, err: '' });
    for (const flag of ['--help', '-h', 'help']) expect(await run(flag)).toEqual({ code: 0, out: MAIN_HELP, err: '' });
  });
});

test("the README's command block gives each command's usage as its --help does", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```sh\n(node bin\/cadre\.js [\s\S]*?)```/.exec(readme)![1]!;
  // a line continues the one above when it starts with spaces
  const usages = block.replace(/\n\s+/g, ' ').trim().split('\n').map((line) => line.replace(/^node bin\/cadre\.js /, 'cadre '));
  expect(usages).toEqual(COMMANDS.map(({ definition }) => `cadre ${definition.name} ${definition.synopsis.join(' ')}`));
});

describe('cadre --version', () => {
  test("prints the version in package.json", async () => {
    for (const flag of ['--version', '-v']) expect(await run(flag)).toEqual({ code: 0, out: `cadre ${VERSION}\n`, err: '' });
  });

  test('bin/cadre.js prints it from the build in lib/', () => {
    // lib/ is built by `npm test` (and npm ci) before Jest runs
    expect(execFileSync('node', [join(ROOT, 'bin', 'cadre.js'), '--version'], { encoding: 'utf8' })).toBe(`cadre ${VERSION}\n`);
  });
});
