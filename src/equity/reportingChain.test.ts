import { findConflicts } from './conflicts';
import { A, Rows, program } from './loadFixture.test-helpers';
import { reportingChain } from './reportingChain';

describe('reportingChain', () => {
  it('walks a three-level hierarchy across Participants and Mentors', () => {
    const r = new Rows();
    // P3 → P2 → M1 (top); P4 → P2
    const data = program({
      participants: [r.person('P3', { managerId: 'P2' }), r.person('P2', { managerId: 'M1' }), r.person('P4', { managerId: 'P2' })],
      mentors: [r.mentor('M1', 'Sponsor')],
    });
    const chain = reportingChain(data);
    expect(chain.ids).toEqual(['P3', 'P2', 'P4', 'M1']);
    expect(Array.from(chain.manager)).toEqual([1, 3, 1, -1]);
    expect(chain.depth('M1')).toBe(0);
    expect(chain.depth('P2')).toBe(1);
    expect(chain.depth('P3')).toBe(2);
    expect(chain.depth('nobody')).toBeUndefined();
    expect(chain.isAbove('P2', 'P3')).toBe(true);
    expect(chain.isAbove('M1', 'P3')).toBe(true);
    expect(chain.levelsAbove('M1', 'P3')).toBe(2);
    expect(chain.levelsAbove('P2', 'P3')).toBe(1);
    expect(chain.isAbove('P3', 'M1')).toBe(false);
    expect(chain.isAbove('P4', 'P3')).toBe(false); // peers
    expect(chain.isAbove('P3', 'P3')).toBe(false);
    expect(chain.isAbove('M1', 'nobody')).toBe(false);
    expect(chain.cycles).toEqual([]);
  });

  it('numbers a person on both sheets once: the Participants ManagerID wins, else the Mentors one', () => {
    const r = new Rows();
    const data = program({
      participants: [r.person('E1', { managerId: 'B1' }), r.person('E2'), r.person('B1'), r.person('B2')],
      mentors: [
        r.mentor('E1', 'Internal mentor', { managerId: 'B2' }),
        r.mentor('E2', 'Internal mentor', { managerId: 'B2' }),
        r.mentor('B2', 'Sponsor'),
      ],
    });
    const chain = reportingChain(data);
    expect(chain.ids).toEqual(['E1', 'E2', 'B1', 'B2']);
    expect(chain.levelsAbove('B1', 'E1')).toBe(1);
    expect(chain.isAbove('B2', 'E1')).toBe(false);
    expect(chain.levelsAbove('B2', 'E2')).toBe(1);
  });

  it('ignores a ManagerID that is nobody', () => {
    const r = new Rows();
    const chain = reportingChain(program({ participants: [r.person('P1', { managerId: 'GHOST' })] }));
    expect(Array.from(chain.manager)).toEqual([-1]);
    expect(chain.depth('P1')).toBe(0);
  });

  it('lists a cycle (built by hand, bypassing intake) and never loops on it', () => {
    const r = new Rows();
    // C1 → C2 → C3 → C1, D → C1 (a tail into the loop), S → S (own manager)
    const data = program({
      participants: [
        r.person('C1', { managerId: 'C2' }),
        r.person('C2', { managerId: 'C3' }),
        r.person('D', { managerId: 'C1' }),
        r.person('S', { managerId: 'S' }),
      ],
      mentors: [r.mentor('C3', 'Internal mentor', { managerId: 'C1' })],
      pairings: [r.pairing('C1', 'C3', 'Mentor', '2026-01-01'), r.pairing('D', 'C2', 'Mentor', '2026-01-01')],
    });
    const chain = reportingChain(data);
    expect(chain.cycles).toEqual([['C1', 'C2', 'C3'], ['S']]);
    // inside the loop everyone else is above, never oneself
    expect(chain.depth('C1')).toBe(2);
    expect(chain.depth('C3')).toBe(2);
    expect(chain.levelsAbove('C3', 'C1')).toBe(2);
    expect(chain.levelsAbove('C1', 'C3')).toBe(1);
    expect(chain.isAbove('C1', 'C1')).toBe(false);
    expect(chain.depth('D')).toBe(3);
    expect(chain.levelsAbove('C3', 'D')).toBe(3);
    expect(chain.isAbove('D', 'C1')).toBe(false);
    expect(chain.depth('S')).toBe(0);
    expect(chain.isAbove('S', 'S')).toBe(false);

    // the conflict search terminates on it too: in the loop, C3 is above C1 and C1 above C3
    const kinds = findConflicts(data, A, chain).map((c) => `${c.kind} ${c.personId} ${c.mentorId}`);
    expect(kinds).toEqual([
      'reporting-chain C1 C3',
      'reporting-chain D C2',
      'mentee-above-mentor C1 C3',
    ]);
  });

  it('handles a long chain without recursion', () => {
    const r = new Rows();
    const n = 200_000;
    const people = Array.from({ length: n }, (_, i) => r.person(`P${i}`, i + 1 < n ? { managerId: `P${i + 1}` } : {}));
    const chain = reportingChain(program({ participants: people }));
    expect(chain.depth('P0')).toBe(n - 1);
    expect(chain.levelsAbove(`P${n - 1}`, 'P0')).toBe(n - 1);
  });
});
