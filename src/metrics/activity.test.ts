import { dayFromIso } from '../calendar/dayFromIso';
import type { Participant } from '../model/records';
import { isActiveParticipant } from './activity';

const d = dayFromIso;
const A = d('2026-06-30');
const person = (more: Partial<Participant>): Participant => ({ row: 2, personId: 'P', inProgram: true, programStart: d('2025-01-01'), attributes: {}, ...more });

describe('isActiveParticipant: Status dated by ProgramEnd', () => {
  test('Active, started by A, not exited: active', () => {
    expect(isActiveParticipant(person({ status: 'Active' }), A)).toBe(true);
  });
  test('Completed with ProgramEnd after A: still in the program at A', () => {
    expect(isActiveParticipant(person({ status: 'Completed', programEnd: d('2026-07-01') }), A)).toBe(true);
  });
  test('Completed or Withdrawn with ProgramEnd on or before A: not active', () => {
    expect(isActiveParticipant(person({ status: 'Completed', programEnd: A }), A)).toBe(false);
    expect(isActiveParticipant(person({ status: 'Withdrawn', programEnd: d('2026-01-15') }), A)).toBe(false);
  });
  test('Completed or Withdrawn without a ProgramEnd: not active at any date (nothing guessed)', () => {
    expect(isActiveParticipant(person({ status: 'Withdrawn' }), A)).toBe(false);
    expect(isActiveParticipant(person({ status: 'Completed' }), d('2025-02-01'))).toBe(false);
  });
  test('exited by A, not started by A, or comparison pool: not active', () => {
    expect(isActiveParticipant(person({ exitDate: A }), A)).toBe(false);
    expect(isActiveParticipant(person({ programStart: d('2026-07-01') }), A)).toBe(false);
    expect(isActiveParticipant(person({ inProgram: false }), A)).toBe(false);
  });
});
