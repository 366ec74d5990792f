import type { Mapping } from '../model/mapping';
import { MappingError, parseMapping } from '../intake/parseMapping';
import { readJsonOption } from './readJsonOption';
import { UsageError } from './usageError';

/** Reads `--mapping FILE` (JSON); a missing file or a mapping of the wrong shape is a usage error. */
export function loadMapping(path: string | undefined): Mapping | undefined {
  if (path === undefined) return undefined;
  const json = readJsonOption(path, 'mapping');
  try {
    return parseMapping(json);
  } catch (e) {
    if (e instanceof MappingError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
}
