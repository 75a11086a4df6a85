/** A duration: milliseconds, or a string such as '5s', '10 minutes', '1.5h'. */
export type Duration = number | string;

/**
 * A duration string as the `ms` package (2.x, which the runtime's tools use) reads it: a number and an optional
 * unit, case aside. Read here rather than by `ms` itself because this module is bundled into workflow code,
 * which is evaluated afresh for every run: esbuild's wrapper for a CommonJS default export copied the
 * properties of `ms`'s function at each evaluation, and reading a sloppy function's `arguments` and `caller`
 * walks the stack, which made about a third of the cost of a new run's sandbox. A test holds the two equal.
 */
const DURATION = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds of a duration string; NaN when it is not one. */
export function parseDuration(text: string): number {
  if (text.length === 0 || text.length > 100) return NaN;
  const match = DURATION.exec(text);
  if (!match) return NaN;
  const n = parseFloat(match[1]!);
  const unit = (match[2] ?? 'ms').toLowerCase();
  // The pattern allows only the units below; m alone and min... are minutes, the rest that begin with m are ms.
  switch (unit[0]) {
    case 'y': return n * DAY * 365.25;
    case 'w': return n * DAY * 7;
    case 'd': return n * DAY;
    case 'h': return n * HOUR;
    case 's': return n * SECOND;
    default: return unit === 'm' || unit.startsWith('min') ? n * MINUTE : n;
  }
}

/** Milliseconds of a Duration; throws a TypeError naming `field` when it is not one. */
export function durationMs(value: Duration, field: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? parseDuration(value) : NaN;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    throw new TypeError(`${field}: '${String(value)}' is not a duration (use milliseconds or a string like '5s')`);
  }
  return Math.round(n);
}

export function optionalDurationMs(value: Duration | undefined, field: string): number | undefined {
  return value === undefined ? undefined : durationMs(value, field);
}
