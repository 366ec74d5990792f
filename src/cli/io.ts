/** Where a command writes: standard output for results, standard error for progress and messages. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** today's date, for a default as-of (tests fix it) */
  readonly today?: () => Date;
  /**
   * the clock of the progress lines, in milliseconds (default Date.now); tests fix it, so that what a
   * command prints does not depend on how fast the machine is
   */
  readonly clock?: () => number;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
