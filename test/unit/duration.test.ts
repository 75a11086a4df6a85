import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ms from 'ms';
import { durationMs, parseDuration } from '../../dist/sdk/common/duration.js';

const UNITS = ['', 'ms', 'msec', 'msecs', 'millisecond', 'milliseconds', 's', 'sec', 'secs', 'second', 'seconds', 'm', 'min',
  'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'w', 'week', 'weeks', 'y', 'yr', 'yrs',
  'year', 'years', 'mo', 'sek', 'hh', 'x'];

/** Strings shaped like durations (numbers with and without a sign, dot, spaces; units in any case) and some that are not. */
const durationLike = fc.tuple(
  fc.constantFrom('', '-', '+'), fc.nat({ max: 100_000 }).map(String), fc.constantFrom('', '.', '.5', '.25', '0.'),
  fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom(...UNITS), fc.boolean(), fc.constantFrom('', ' ', 'x'),
).map(([sign, int, frac, space, unit, upper, tail]) => `${sign}${int}${frac}${space}${upper ? unit.toUpperCase() : unit}${tail}`);

describe('durations', () => {
  it('read a string as the ms package does', () => {
    fc.assert(fc.property(fc.oneof(durationLike, fc.string({ maxLength: 12 })), (text) => {
      const expected = text.length > 0 ? (ms as (s: string) => number | undefined)(text) : undefined;
      const got = parseDuration(text);
      if (expected === undefined) expect(got).toBeNaN();
      else expect(got).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('name the field of a value that is not a duration', () => {
    expect(durationMs('1.5h', 'x')).toBe(5_400_000);
    for (const bad of ['', ' 5s', '5 parsecs', '-1s', 'x'.repeat(101), Number.NaN, -5]) {
      expect(() => durationMs(bad as string, 'startToCloseTimeout')).toThrow(/^startToCloseTimeout: '.*' is not a duration/);
    }
  });
});
