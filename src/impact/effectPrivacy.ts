import { suppressedReason } from '../equity/accessReason';
import type { SuppressedEffect } from './impactResults';

/**
 * An effect about fewer than k people on either side is suppressed (impact.md, "Every effect carries
 * n on each side; below k on either side it is suppressed"; equity.md, Privacy): the reason in the
 * privacy pass's words, "fewer than 5 people: suppressed". Undefined: both sides have k or more.
 *
 * @example suppressedUnder(5, 12, 4) // { suppressed: true, reason: "fewer than 5 people: suppressed" }
 */
export function suppressedUnder(k: number, nParticipants: number, nControls: number): SuppressedEffect | undefined {
  return nParticipants < k || nControls < k ? { suppressed: true, reason: suppressedReason(k) } : undefined;
}
