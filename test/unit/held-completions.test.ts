import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HeldCompletion, type HeldOutcome } from '../../dist/runtime/held-completions.js';
import type { RunState } from '../../dist/runtime/run-state.js';

/** A held completion (its run is not looked at here) and what happened to it. */
function hold(holdMs = 60_000) {
  const seen = { outcome: undefined as HeldOutcome | undefined, released: false, forgotten: false };
  const h = new HeldCompletion({ row: { wft_started_event_id: 7, sticky_queue: 'sticky' } } as RunState, [], holdMs,
    () => { seen.forgotten = true; });
  void h.outcome.then((o) => { seen.outcome = o; });
  void h.released.then(() => { seen.released = true; });
  return { h, seen };
}
const settle = () => new Promise((r) => setImmediate(r));

describe('HeldCompletion (runtime/held-completions.ts)', () => {
  it('merged: taken by its task\'s completion, then released and forgotten; nothing lets it go afterwards', async () => {
    const { h, seen } = hold();
    expect(h.take()).toBe(true);
    h.letGo(); // another write while it merges: waits for the merge instead
    await settle();
    expect(seen.outcome).toBeUndefined();
    h.merged();
    await settle();
    expect(seen).toEqual({ outcome: 'merged', released: true, forgotten: true });
    expect(h.take()).toBe(false);
  });

  it('let go before its task\'s completion comes: that completion cannot take it; the run waits for the save alone', async () => {
    const { h, seen } = hold();
    h.letGo();
    expect(h.take()).toBe(false);
    await settle();
    expect(seen).toEqual({ outcome: 'alone', released: false, forgotten: false });
    h.release();
    await settle();
    expect(seen).toEqual({ outcome: 'alone', released: true, forgotten: true });
  });

  it('a merge that fails lets it go alone', async () => {
    const { h, seen } = hold();
    expect(h.take()).toBe(true);
    h.letGo(true);
    await settle();
    expect(seen.outcome).toBe('alone');
  });

  it('lets go by itself when the hold\'s time runs out', async () => {
    const { h, seen } = hold(20);
    await new Promise((r) => setTimeout(r, 60));
    expect(seen.outcome).toBe('alone');
    expect(h.take()).toBe(false);
    h.release();
  });

  it('ends as a model of its states says, whatever the order of takes, merges and let-gos', async () => {
    type Step = 'take' | 'letGo' | 'letGoMerging' | 'merged';
    const step = fc.constantFrom<Step>('take', 'letGo', 'letGoMerging', 'merged');
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
      const { h, seen } = hold();
      let model: 'held' | 'merging' | HeldOutcome = 'held';
      for (const s of steps) {
        if (s === 'take') {
          expect(h.take()).toBe(model === 'held');
          if (model === 'held') model = 'merging';
        } else if (s === 'letGo') {
          h.letGo();
          if (model === 'held') model = 'alone';
        } else if (s === 'letGoMerging') {
          h.letGo(true);
          if (model === 'held' || model === 'merging') model = 'alone';
        } else {
          h.merged();
          if (model === 'merging') model = 'merged';
        }
      }
      h.letGo(true); // whatever was still held goes alone
      await settle();
      const expected = model === 'merged' ? 'merged' : 'alone';
      // Released at once only when merged: alone, the run waits for the save (release()).
      expect(seen).toEqual({ outcome: expected, released: expected === 'merged', forgotten: expected === 'merged' });
      h.release();
    }), { numRuns: 300 });
  });
});
