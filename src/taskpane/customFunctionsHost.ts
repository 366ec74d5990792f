/**
 * Whether this page runs where Excel's custom functions can be registered: office.js in Excel's
 * shared runtime defines `CustomFunctions.associate`. False in the preview, in a plain browser and
 * in tests, where the functions' module is not loaded at all.
 */
export function hasCustomFunctionsRuntime(scope: object): boolean {
  const cf = (scope as { CustomFunctions?: { associate?: unknown } }).CustomFunctions;
  return typeof cf === 'object' && cf !== null && typeof cf.associate === 'function';
}
