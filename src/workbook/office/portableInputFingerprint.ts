import { canonicalInput } from '../../report/canonicalInput';
import type { ProgramData } from '../../model/program';
import { OfficeAdapterError } from './officeAdapterError';

/**
 * The input fingerprint ("sha256:<hex>" of the canonical input text, `report/canonicalInput.ts`)
 * with Web Crypto, for the task pane: the same string the command line makes with node:crypto
 * (`cli/inputFingerprint.ts`), so a reviewer can compare refreshes made in Excel and from an .xlsx file.
 * `crypto.subtle.digest` hashes one buffer, so the chunks are encoded and joined first (about
 * 100 MB for the large sample; a few MB for a real program).
 */
export async function portableInputFingerprint(data: ProgramData): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new OfficeAdapterError('NoCrypto', 'This browser has no Web Crypto (crypto.subtle), which Cadre needs to fingerprint the inputs; open the add-in over https in a current browser.');
  }
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const chunk of canonicalInput(data)) {
    const bytes = encoder.encode(chunk);
    parts.push(bytes);
    length += bytes.length;
  }
  const all = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', all));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return `sha256:${hex}`;
}
