import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Notifier } from '../../dist/runtime/notifier.js';
import { createLogger } from '../../dist/runtime/logger.js';

// Versions and waits are the notifier's memory alone: no database connection is made (start() is not called).
const notifier = () => new Notifier('postgres://unused', createLogger('notifier-test', 'silent'));

describe('wake-up versions (runtime/notifier.ts)', () => {
  it('keep no entry for every key ever bumped: two per workflow would grow for ever', async () => {
    const n = notifier();
    const waited = n.waitForChange('waited-on', n.version('waited-on'), 60_000);
    for (let i = 0; i < 100_000; i++) n.bump(`closed:default:wf-${i}`);
    expect(n.keysTracked).toBeLessThanOrEqual(10_000);
    n.bump('waited-on');
    await waited;
  });

  it('never miss a bump, nor go down, however often the versions are forgotten', async () => {
    const keys = ['a', 'b', 'c'];
    const step = fc.oneof(
      fc.record({ op: fc.constant('read' as const), key: fc.constantFrom(...keys) }),
      fc.record({ op: fc.constant('wait' as const), key: fc.constantFrom(...keys) }),
      fc.record({ op: fc.constant('bump' as const), key: fc.constantFrom(...keys) }),
      fc.record({ op: fc.constant('flood' as const), size: fc.integer({ min: 1, max: 25_000 }) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
      const n = notifier();
      let filler = 0;
      // What each reader saw, and whether its key was bumped since; waiters registered, and whether they woke.
      const reads: { key: string; seen: number; bumped: boolean }[] = [];
      const waits: { key: string; bumped: boolean; woke: boolean }[] = [];
      const last = new Map<string, number>();
      for (const s of steps) {
        if (s.op === 'read') reads.push({ key: s.key, seen: n.version(s.key), bumped: false });
        if (s.op === 'wait') {
          const w = { key: s.key, bumped: false, woke: false };
          waits.push(w);
          void n.waitForChange(s.key, n.version(s.key), 60_000).then(() => { w.woke = true; });
        }
        if (s.op === 'bump') {
          n.bump(s.key);
          for (const r of [...reads, ...waits]) if (r.key === s.key) r.bumped = true;
        }
        if (s.op === 'flood') for (let i = 0; i < s.size; i++) n.bump(`filler-${filler++}`);
        for (const k of keys) { // a version never goes down
          expect(n.version(k)).toBeGreaterThanOrEqual(last.get(k) ?? 0);
          last.set(k, n.version(k));
        }
      }
      await Promise.resolve();
      for (const r of reads) if (r.bumped) expect(n.version(r.key)).not.toBe(r.seen);
      for (const w of waits) if (w.bumped) expect(w.woke).toBe(true);
      await n.close(); // wakes the rest
    }), { numRuns: 150 });
  });
});
