import { describe, expect, it } from 'vitest';
import { decodeTime, isValid } from 'ulid';
import { newId } from '../../dist/sdk/internal/ids.js';

describe('newId', () => {
  it('gives valid ULIDs of the current time, all different, across many refills of the random pool', () => {
    const before = Date.now();
    const ids = Array.from({ length: 20_000 }, () => newId());
    const after = Date.now();
    expect(ids.every((id) => isValid(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => decodeTime(id) >= before && decodeTime(id) <= after)).toBe(true);
  });

  it('draws every character of the random part from the whole alphabet, evenly', () => {
    const counts = new Map<string, number>();
    const n = 10_000;
    for (let i = 0; i < n; i++) for (const ch of newId().slice(10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 160,000 characters over 32 symbols: 5,000 each; a skewed source would be far off.
    for (const c of counts.values()) expect(Math.abs(c - 5_000)).toBeLessThan(500);
  });
});
