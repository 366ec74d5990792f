import { readFileSync } from 'node:fs';
import type { Mapping } from '../model/mapping';
import { MappingError, parseMapping } from '../intake/parseMapping';
import { fileErrorMessage } from './outputFiles';
import { UsageError } from './usageError';

/** Reads `--mapping FILE` (JSON); a missing file or a mapping of the wrong shape is a usage error. */
export function loadMapping(path: string | undefined): Mapping | undefined {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${fileErrorMessage(e, path, 'read')} (the --mapping file)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the mapping file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseMapping(json);
  } catch (e) {
    if (e instanceof MappingError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}
