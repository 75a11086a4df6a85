/**
 * ULIDs (run IDs, request IDs) from a pooled random buffer. The ulid package's default source asks the operating
 * system for every character (sixteen calls per ID); here one call fills 4 KB, enough for 256 IDs.
 */
import { randomFillSync } from 'node:crypto';
import { ulid } from 'ulid';

const pool = new Uint8Array(4096);
let next = pool.length;

/** A uniform number in [0, 1) from one random byte: ulid takes floor(x * 32), and 256 is a multiple of 32. */
function pooledRandom(): number {
  if (next === pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  return pool[next++]! / 256;
}

export function newId(): string {
  return ulid(undefined, pooledRandom);
}
