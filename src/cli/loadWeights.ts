import { CRITERIA, type CriterionName } from '../report/suggestionReport';
import { readJsonOption } from './readJsonOption';
import { UsageError } from './usageError';

const NAMES = CRITERIA.map((c) => c.name);

/**
 * Reads `--weights FILE` (JSON): an object of criterion name → weight, e.g. {"preference": 5,
 * "location": 0} (the `weights` of a `cadre suggest --json` document has this shape, so it can be
 * edited and given back). A criterion not named keeps its default. Each problem is a usage error
 * naming the file: it cannot be read, is not JSON, is not an object, names no criterion of Cadre's,
 * gives a weight that is not a number 0 or more, or leaves every weight at 0 (nothing would count).
 */
export function loadWeights(path: string | undefined): Partial<Record<CriterionName, number>> | undefined {
  if (path === undefined) return undefined;
  const json = readJsonOption(path, 'weights');
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`the weights file ${path} must hold a JSON object of criterion names and weights, e.g. {"preference": 5}`);
  }
  const out: Partial<Record<CriterionName, number>> = {};
  for (const [name, weight] of Object.entries(json as Record<string, unknown>)) {
    if (!(NAMES as string[]).includes(name)) {
      const near = NAMES.find((n) => n.toLowerCase() === name.toLowerCase().replace(/[\s_-]/g, ''));
      throw new UsageError(`the weights file ${path}: no criterion "${name}"${near ? ` (did you mean ${near}?)` : ''}; the criteria are ${NAMES.join(', ')}`);
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new UsageError(`the weights file ${path}: the weight of ${name} must be a number, 0 or more (found ${JSON.stringify(weight)})`);
    }
    out[name as CriterionName] = weight;
  }
  if (CRITERIA.every((c) => (out[c.name] ?? c.defaultWeight) === 0)) {
    throw new UsageError(`the weights file ${path} sets every weight to 0, so no pair would score anything; give at least one criterion a weight above 0`);
  }
  return out;
}
