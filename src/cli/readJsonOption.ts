import { readFileSync } from 'node:fs';
import { fileErrorMessage } from './outputFiles';
import { UsageError } from './usageError';

/**
 * The JSON of a file given to an option (`--mapping FILE`, `--weights FILE`): a file that cannot be
 * read, or is not JSON, is a usage error naming the file and the option. `what`: "mapping", "weights".
 */
export function readJsonOption(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${fileErrorMessage(e, path, 'read')} (the --${what} file)`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the ${what} file ${path} is not valid JSON: ${(e as Error).message}`);
  }
}
