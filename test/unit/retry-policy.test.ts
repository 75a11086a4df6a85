import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { v1 } from '../../dist/proto/index.js';
import { retryDelayMs, retryState, workflowTaskRetryDelayMs } from '../../dist/runtime/retry-policy.js';

describe('retry policy', () => {
  it('uses the documented defaults: 1 s doubling, capped at 100 x the initial interval', () => {
    expect([2, 3, 4, 5].map((a) => retryDelayMs(undefined, a))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(undefined, 30)).toBe(100_000);
  });

  it('property: delays never shrink and never pass the maximum', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 1, max: 5, noNaN: true }),
      fc.integer({ min: 1, max: 1_000_000 }), (initial, coefficient, maximum) => {
        const policy = { initialIntervalMs: initial, backoffCoefficient: coefficient, maximumIntervalMs: maximum };
        let last = 0;
        for (let attempt = 2; attempt < 40; attempt++) {
          const d = retryDelayMs(policy, attempt);
          expect(d).toBeGreaterThanOrEqual(last);
          expect(d).toBeLessThanOrEqual(maximum);
          last = d;
        }
      }));
  });

  it('stops at maximum attempts, on non-retryable failures and on listed types', () => {
    const failure = { message: 'x', application: { type: 'Boom' } };
    expect(retryState({ maximumAttempts: 3 }, 2, failure)).toBe(v1.RetryState.RETRY_STATE_IN_PROGRESS);
    expect(retryState({ maximumAttempts: 3 }, 3, failure)).toBe(v1.RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED);
    expect(retryState({}, 99, failure)).toBe(v1.RetryState.RETRY_STATE_IN_PROGRESS);
    expect(retryState({}, 1, { message: 'x', application: { nonRetryable: true } })).toBe(v1.RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE);
    expect(retryState({ nonRetryableErrorTypes: ['Boom'] }, 1, failure)).toBe(v1.RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE);
  });

  it('retries a failed workflow task at once, then backs off up to a minute', () => {
    expect([2, 3, 4, 5, 20].map(workflowTaskRetryDelayMs)).toEqual([0, 1000, 2000, 4000, 60_000]);
  });
});
