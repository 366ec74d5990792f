import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { CONFLICT_KINDS, findConflicts, relationText } from './conflicts';
import { A, Rows, program } from './loadFixture.test-helpers';
import { reportingChain } from './reportingChain';
import type { Conflict } from './equityResults';

describe('findConflicts', () => {
  const r = new Rows();
  const participants = [
    // chain: P1 → K1 → M1 (top); K1 is P1's manager, M1 the manager's manager
    r.person('P1', { managerId: 'K1' }),
    r.person('K1', { managerId: 'M1' }),
    // M2 reports to P2 (the mentee is above the mentor)
    r.person('P2'),
    ...['P4', 'P5', 'P6', 'P7', 'P8', 'P10', 'P11', 'P12', 'P13', 'P14'].map((id) => r.person(id)),
    // E4 is an employee on both sheets who mentors
    r.person('E4'),
  ];
  const mentors = [
    r.mentor('M1', 'Internal mentor', { capacity: 5 }),
    r.mentor('M2', 'Internal mentor', { managerId: 'P2', capacity: 5 }),
    r.mentor('M3', 'Internal mentor', { capacity: 5 }),
    r.mentor('M3S', 'Sponsor', { capacity: 5 }),
    r.mentor('M4', 'Internal mentor', { capacity: 2 }),
    r.mentor('E4', 'Internal mentor', { capacity: 5 }),
    r.mentor('C1', 'External coach', { vendor: 'Acme Coaching', capacity: 1 }),
    r.mentor('C2', 'External coach', { vendor: '  acme   coaching ' }),
    r.mentor('C3', 'External coach', { vendor: 'Other Firm' }),
  ];
  const planted = {
    chain: r.pairing('P1', 'M1', 'Mentor', '2025-06-01'),
    above: r.pairing('P2', 'M2', 'Mentor', '2025-06-01'),
    self: r.pairing('E4', 'E4', 'Mentor', '2025-01-01', { end: '2025-06-01' }),
    sponsor: r.pairing('P5', 'M3', 'Sponsor', '2025-06-01'),
    over: r.pairing('P8', 'M4', 'Mentor', '2026-05-01'),
    vendor: r.pairing('P10', 'C2', 'Coach', '2025-09-01', { end: '2026-03-01' }),
  };
  const pairings = [
    planted.chain,
    // the same mentor in the chain, but the pairing ended before A: the chain is today's
    r.pairing('P1', 'M1', 'Mentor', '2024-01-01', { end: '2025-01-01' }),
    // the manager's peer mentors P1: not above
    r.pairing('P1', 'M2', 'Mentor', '2025-07-01'),
    planted.above,
    planted.self,
    // a self-pairing that starts after A: not yet
    r.pairing('P4', 'P4', 'Mentor', '2026-12-01'),
    // M3 mentors P5, then sponsors P5 (flag the pairing that made it both); P6 only mentor twice
    r.pairing('P5', 'M3', 'Mentor', '2025-01-01', { end: '2025-05-31' }),
    planted.sponsor,
    r.pairing('P5', 'M3', 'Mentor', '2026-01-01'),
    r.pairing('P6', 'M3', 'Mentor', '2025-01-01'),
    r.pairing('P6', 'M3', 'Mentor', '2026-01-01'),
    // different mentor ids as mentor and sponsor: no conflict
    r.pairing('P7', 'M3', 'Mentor', '2025-01-01'),
    r.pairing('P7', 'M3S', 'Sponsor', '2025-01-01'),
    // M4: Capacity 2, three active mentees (P6, P7, P8 latest); P11's pairing ended; P7 twice
    r.pairing('P6', 'M4', 'Mentor', '2026-01-01'),
    r.pairing('P7', 'M4', 'Mentor', '2026-02-01'),
    r.pairing('P7', 'M4', 'Mentor', '2026-06-01'),
    planted.over,
    r.pairing('P11', 'M4', 'Mentor', '2025-01-01', { end: '2025-12-31' }),
    // C1 (Capacity 1) has two mentees: a coach, not an internal mentor → no conflict
    r.pairing('P10', 'C1', 'Coach', '2025-01-01', { end: '2025-08-01' }),
    planted.vendor,
    // the same coach twice: not double billing; coaches of two vendors: none either
    r.pairing('P11', 'C1', 'Coach', '2025-01-01', { end: '2025-06-01' }),
    r.pairing('P11', 'C1', 'Coach', '2025-09-01'),
    r.pairing('P12', 'C1', 'Coach', '2025-01-01'),
    r.pairing('P12', 'C3', 'Coach', '2025-06-01'),
    // the same vendor's other coach starts after A: not yet
    r.pairing('P13', 'C1', 'Coach', '2025-01-01', { end: '2026-01-01' }),
    r.pairing('P13', 'C2', 'Coach', '2026-11-01'),
  ];
  const data = program({ participants, mentors, pairings });
  const conflicts = findConflicts(data, A, reportingChain(data));
  const short = (c: Conflict) => ({ kind: c.kind, personId: c.personId, mentorId: c.mentorId, pairingRow: c.pairingRow });
  const of = (kind: Conflict['kind'], p: { personId: string; mentorId: string; row: number }) => ({
    kind,
    personId: p.personId,
    mentorId: p.mentorId,
    pairingRow: p.row,
  });

  it('finds each planted conflict exactly once and nothing else, sorted by kind then PersonID', () => {
    expect(conflicts.map(short)).toEqual([
      of('reporting-chain', planted.chain),
      of('mentee-above-mentor', planted.above),
      of('mentor-and-sponsor', planted.sponsor),
      of('self-pairing', planted.self),
      of('vendor-double-billing', planted.vendor),
    ]);
  });

  it('says what is wrong in plain words, naming the people by id', () => {
    const detail = (kind: Conflict['kind']) => conflicts.find((c) => c.kind === kind)?.detail;
    expect(detail('reporting-chain')).toBe("M1 is the manager's manager of P1.");
    expect(detail('mentee-above-mentor')).toBe('P2 is the manager of M2, who is their mentor.');
    expect(detail('mentor-and-sponsor')).toBe('M3 is both mentor and sponsor of P5.');
    expect(detail('self-pairing')).toContain('E4 is paired with themself');
    expect(detail('vendor-double-billing')).toMatch(/^C2 and C1, two coaches of P10, are both from/);
  });

  it('does not count a mentor over capacity as a conflict of interest (that is load, counted once)', () => {
    const rr = new Rows();
    const busy = [
      rr.pairing('A1', 'MX', 'Mentor', '2026-03-01'),
      rr.pairing('A2', 'MX', 'Mentor', '2026-01-01'),
      rr.pairing('A3', 'MX', 'Mentor', '2026-04-01'),
      rr.pairing('A4', 'MX', 'Mentor', '2026-02-01'),
    ];
    const d2 = program({ mentors: [rr.mentor('MX', 'Internal mentor', { capacity: 2 })], pairings: busy });
    expect(findConflicts(d2, A, reportingChain(d2))).toEqual([]);
    expect((CONFLICT_KINDS as readonly string[]).includes('over-capacity')).toBe(false);
  });

  it('flags every later coach of the same vendor, once', () => {
    const rr = new Rows();
    const ps = [
      rr.pairing('V1', 'K1', 'Coach', '2025-01-01'),
      rr.pairing('V1', 'K2', 'Coach', '2025-03-01'),
      rr.pairing('V1', 'K1', 'Coach', '2025-05-01'),
      rr.pairing('V1', 'K3', 'Coach', '2025-07-01'),
    ];
    const ms = ['K1', 'K2', 'K3'].map((id) => rr.mentor(id, 'External coach', { vendor: 'Same' }));
    const d2 = program({ mentors: ms, pairings: ps });
    const found = findConflicts(d2, A, reportingChain(d2));
    // listed by PersonID, then MentorID, then row
    expect(found.map((c) => [c.kind, c.mentorId, c.pairingRow])).toEqual([
      ['vendor-double-billing', 'K1', ps[2].row],
      ['vendor-double-billing', 'K2', ps[1].row],
      ['vendor-double-billing', 'K3', ps[3].row],
    ]);
  });

  it('names the levels between mentor and mentee', () => {
    expect(relationText(1)).toBe('the manager of');
    expect(relationText(2)).toBe("the manager's manager of");
    expect(relationText(3)).toBe("the manager's manager's manager of");
    expect(relationText(5)).toBe('5 levels above');
  });
});

describe('findConflicts on the standard sample', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const { data } = intake(sample.sheets, { asOf: sample.asOf });
  const chain = reportingChain(data);
  const conflicts = findConflicts(data, sample.asOf, chain);
  const ofKind = (kind: Conflict['kind']) => conflicts.filter((c) => c.kind === kind);

  it('has no reporting cycle (intake cut them and the generator plants none)', () => {
    expect(chain.cycles).toEqual([]);
  });

  it('finds the planted reporting-chain conflict and no other', () => {
    const planted = sample.planted.reportingChainConflict;
    expect(planted).not.toBeNull();
    expect(ofKind('reporting-chain')).toEqual([
      {
        kind: 'reporting-chain',
        personId: planted?.personId,
        mentorId: planted?.mentorId,
        pairingRow: planted?.pairingRow,
        detail: `${planted?.mentorId} is the manager's manager of ${planted?.personId}.`,
      },
    ]);
    expect(ofKind('mentee-above-mentor')).toEqual([]);
  });

  it('finds no self-pairing, mentor-and-sponsor or vendor double billing', () => {
    expect(ofKind('self-pairing')).toEqual([]);
    expect(ofKind('mentor-and-sponsor')).toEqual([]);
    expect(ofKind('vendor-double-billing')).toEqual([]);
  });

  it('lists conflicts in kind order, then PersonID', () => {
    const rank = (c: Conflict) => CONFLICT_KINDS.indexOf(c.kind);
    for (let i = 1; i < conflicts.length; i++) {
      const a = conflicts[i - 1];
      const b = conflicts[i];
      expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.personId <= b.personId)).toBe(true);
    }
  });
});
