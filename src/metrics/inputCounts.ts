import type { ProgramData } from '../model/program';

/** How many records of each kind went into the metrics (cli.md, `counts`). */
export function inputCounts(data: ProgramData) {
  let participants = 0;
  for (const p of data.participants) if (p.inProgram) participants++;
  return {
    participants,
    comparison: data.participants.length - participants,
    mentors: data.mentors.length,
    pairings: data.pairings.length,
    rotations: data.rotations.length,
    surveyAnswers: data.surveys.length,
  };
}
