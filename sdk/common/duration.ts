import ms from 'ms';

/** A duration: milliseconds, or a string such as '5s', '10 minutes', '1.5h'. */
export type Duration = number | string;

/** Milliseconds of a Duration; throws a TypeError naming `field` when it is not one. */
export function durationMs(value: Duration, field: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? (ms as (s: string) => number)(value) : NaN;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    throw new TypeError(`${field}: '${String(value)}' is not a duration (use milliseconds or a string like '5s')`);
  }
  return Math.round(n);
}

export function optionalDurationMs(value: Duration | undefined, field: string): number | undefined {
  return value === undefined ? undefined : durationMs(value, field);
}
