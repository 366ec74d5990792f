import { dayFromIso } from '../src/calendar/dayFromIso';
import type { Day } from '../src/model/day';
import type { ProgramData } from '../src/model/program';
import type { Mentor, Pairing, Participant, SurveyAnswer } from '../src/model/records';

/**
 * A seeded program for the pairing-suggestion budgets of performance.md ("2,000 mentees × 500 givers
 * (capacity 4)"; "300 × 80"): `mentees` active participants, none with an active Mentor pairing, and
 * `givers` internal mentors with the given Capacity and no active mentee, so every giver has
 * `capacity` places (2,000 × 500 × 4: as many places as mentees, the dense square case). Every
 * criterion has data: business units, functions, locations, tracks, Levels 3–12 (mentees 3–8,
 * mentors 6–12), a reporting chain (each mentee's manager a giver, a third of the givers managed by
 * another giver), ended earlier pairings (a few repeats and track fit), Mentee satisfaction answers
 * about most givers and three ranked preferences per mentee.
 */
export function suggestionProgram(mentees: number, givers: number, capacity: number, seed = 15): { data: ProgramData; asOf: Day } {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const asOf = dayFromIso('2026-06-30');
  const units = ['Retail', 'Wholesale', 'Digital', 'Corporate', 'Operations'];
  const functions = ['Finance', 'Product', 'Sales', 'HR', 'IT', 'Supply'];
  const locations = ['London', 'Paris', 'Berlin', 'Madrid'];
  const tracks = ['Technical leadership', 'Strategic execution', 'People management'];
  const genders = ['Woman', 'Man', 'Non-binary'];
  let row = 1;

  const mentorIds = Array.from({ length: givers }, (_, i) => `M${String(i).padStart(4, '0')}`);
  const mentors: Mentor[] = mentorIds.map((mentorId, i) => {
    const level = 6 + int(7);
    return {
      row: ++row,
      mentorId,
      mentorType: 'Internal mentor',
      level: String(level),
      levelNumber: level,
      businessUnit: pick(units),
      function: pick(functions),
      location: pick(locations),
      capacity,
      managerId: i > 0 && random() < 1 / 3 ? mentorIds[int(i)] : undefined,
      attributes: { Gender: pick(genders) },
    };
  });
  const participants: Participant[] = [];
  for (let i = 0; i < mentees; i++) {
    const level = 3 + int(6);
    participants.push({
      row: ++row,
      personId: `E${String(i).padStart(5, '0')}`,
      inProgram: true,
      programStart: asOf - 30 - int(700),
      level: String(level),
      levelNumber: level,
      businessUnit: pick(units),
      function: pick(functions),
      location: pick(locations),
      track: pick(tracks),
      managerId: pick(mentorIds),
      attributes: { Gender: pick(genders) },
    });
  }
  // earlier, ended pairings: 0–3 per giver, with mentees of the program (so some pairs are repeats)
  const pairings: Pairing[] = [];
  for (const m of mentorIds) {
    for (let j = int(4); j > 0; j--) {
      const start = asOf - 400 - int(800);
      pairings.push({ row: ++row, personId: participants[int(mentees)].personId, mentorId: m, role: 'Mentor', start, end: start + 180 + int(200) });
    }
  }
  const surveys: SurveyAnswer[] = [];
  for (const m of mentorIds) {
    if (random() < 0.2) continue;
    for (let j = 1 + int(5); j > 0; j--) {
      surveys.push({ row: ++row, respondentId: participants[int(mentees)].personId, date: asOf - int(300), instrument: 'Mentee satisfaction', score: 1 + int(5), scaleMax: 5, aboutId: m });
    }
  }
  const preferences = participants.flatMap((p) => [1, 2, 3].map((rank) => ({ personId: p.personId, mentorId: pick(mentorIds), rank })));

  const data: ProgramData = {
    participants,
    mentors,
    pairings,
    rotations: [],
    surveys,
    measures: [],
    preferences,
    attributes: ['Gender'],
    sheetNames: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: undefined, Surveys: 'Surveys', Measures: undefined, Preferences: 'Preferences' },
    columns: {
      Participants: ['PersonID', 'InProgram', 'ProgramStart', 'Level', 'BusinessUnit', 'Function', 'Location', 'Track', 'ManagerID', 'Gender'],
      Mentors: ['MentorID', 'MentorType', 'Level', 'BusinessUnit', 'Function', 'Location', 'Capacity', 'ManagerID', 'Gender'],
      Pairings: ['PersonID', 'MentorID', 'Role', 'Start', 'End'],
      Rotations: [],
      Surveys: ['RespondentID', 'Date', 'Instrument', 'Score', 'ScaleMax', 'AboutID'],
      Measures: [],
      Preferences: ['PersonID', 'MentorID', 'Rank'],
    },
    dateSystem: '1900',
    asOf,
  };
  return { data, asOf };
}
