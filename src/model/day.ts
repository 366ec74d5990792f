/**
 * A calendar date as a whole number of days since 1970-01-01 (UTC calendar, no time of day).
 * Durations are plain differences: `exit - start` days (spec README: "Durations are whole days").
 */
export type Day = number;
