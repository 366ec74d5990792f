import { inputFingerprint } from '../../cli/inputFingerprint';
import { intake } from '../../intake/intake';
import { generateSample } from '../../sample/generateSample';
import { portableInputFingerprint } from './portableInputFingerprint';

describe('portableInputFingerprint', () => {
  it('gives the command line fingerprint (node:crypto) on the standard sample, with Web Crypto', async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const { data } = intake(sample.sheets, { asOf: sample.asOf });
    const portable = await portableInputFingerprint(data);
    expect(portable).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(portable).toBe(inputFingerprint(data));
  });

  it('differs when one input value differs', async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const a = intake(sample.sheets, { asOf: sample.asOf }).data;
    const b = { ...a, participants: a.participants.map((p, i) => (i === 0 ? { ...p, name: `${p.name} Jr` } : p)) };
    expect(await portableInputFingerprint(b)).not.toBe(await portableInputFingerprint(a));
  });
});
