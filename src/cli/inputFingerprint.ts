import { createHash } from 'node:crypto';
import type { ProgramData } from '../model/program';
import { canonicalInput } from '../report/canonicalInput';

/** "sha256:<hex>" of the canonical input text (see canonicalInput). */
export function inputFingerprint(data: ProgramData): string {
  const hash = createHash('sha256');
  for (const chunk of canonicalInput(data)) hash.update(chunk);
  return `sha256:${hash.digest('hex')}`;
}
