import type { ProgramData } from '../model/program';

/** How many records of each kind went into the metrics (cli.md, `counts`). */
export interface InputCounts {
  /** Participants rows in the program */
  readonly participants: number;
  /** Participants rows not in the program (the comparison pool) */
  readonly comparison: number;
  readonly mentors: number;
  readonly pairings: number;
  readonly rotations: number;
  readonly surveyAnswers: number;
}

/** How many records of each kind went into the metrics (cli.md, `counts`). */
export function inputCounts(data: ProgramData): InputCounts {
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
