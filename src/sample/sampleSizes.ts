/**
 * The sizes of the sample program: the two named sizes of performance.md ("Data sizes") and numeric
 * sizes (N people in the pool, with the standard size's proportions), as the row counts the
 * generator aims at.
 */

export type SampleSize = 'standard' | 'large' | number;

/** The row counts a size asks for (performance.md, "Data sizes"). */
export interface SampleTargets {
  readonly people: number;
  readonly participants: number;
  readonly mentors: number;
  readonly pairings: number;
  readonly rotations: number;
  readonly surveyAnswers: number;
}

export const SAMPLE_SIZES: Readonly<Record<'standard' | 'large', SampleTargets>> = {
  standard: { people: 2000, participants: 240, mentors: 80, pairings: 600, rotations: 500, surveyAnswers: 20000 },
  large: {
    people: 100000,
    participants: 8000,
    mentors: 1500,
    pairings: 20000,
    rotations: 16000,
    surveyAnswers: 1000000,
  },
};

/** The smallest pool a numeric size may ask for. */
export const MIN_SAMPLE_PEOPLE = 50;

/** The row counts for a size: the named sizes' table, or N people with the standard's proportions. */
export function sampleTargets(size: SampleSize): SampleTargets {
  if (size === 'standard' || size === 'large') return SAMPLE_SIZES[size];
  if (typeof size !== 'number' || !Number.isInteger(size) || size < MIN_SAMPLE_PEOPLE) {
    throw new RangeError(`sample size must be 'standard', 'large' or a whole number ≥ ${MIN_SAMPLE_PEOPLE}`);
  }
  const s = SAMPLE_SIZES.standard;
  const scale = size / s.people;
  return {
    people: size,
    participants: Math.round(s.participants * scale),
    mentors: Math.max(12, Math.round(s.mentors * scale)),
    pairings: Math.round(s.pairings * scale),
    rotations: Math.round(s.rotations * scale),
    surveyAnswers: Math.round(s.surveyAnswers * scale),
  };
}
