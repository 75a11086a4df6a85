/** The runtime's source of time: event times, timer fire times. Tests may replace it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
