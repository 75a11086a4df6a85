import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fittedRise, judgeTargets } from '../../dist/bench/targets.js';

describe('the bench judges its figures against the targets', () => {
  it('says met or missed, and by how much', () => {
    const judged = judgeTargets({
      threeActivitiesThroughput: { perSecond: 250 },
      oneActivityLatencyMs: { p50: 4, p99: 50 },
      replay: { 1000: { eventsPerSecond: 1_200_000 }, 10000: { eventsPerSecond: 800_000 }, 100000: { eventsPerSecond: 1_100_000 } },
      longWorkflow: { tenthsMsPerActivity: [2, 2.1, 1.9, 2, 2, 2.1, 2, 1.9, 2, 2] },
      workerMemory: { perCachedRunKB: 23 },
    });
    expect(judged.map((j) => [j.met, Number(j.missedBy.toFixed(2))])).toEqual([
      [false, 4], [true, 1], [false, 2], [false, 1.25], [true, 1], [true, 1],
    ]);
    expect(judged[3]!.figure).toBe('800k events/s (10000 events)');
  });

  it('leaves out the parts the run did not measure', () => {
    expect(judgeTargets({ workerMemory: { perCachedRunKB: 120 } }).map((j) => j.target)).toEqual(['worker memory: under 100 KB per cached run']);
    expect(judgeTargets({})).toEqual([]);
  });

  it('calls a long workflow whose cost grows with its history not flat', () => {
    const growing = judgeTargets({ longWorkflow: { tenthsMsPerActivity: [2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8] } })[0]!;
    expect(growing.met).toBe(false);
    expect(growing.figure).toBe('+62% over the run');
  });

  it('judges the long workflow against its control when the run had one: the machine\'s drift is not the history\'s', () => {
    const drifting = [2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8];
    const flat = judgeTargets({ longWorkflow: { tenthsMsPerActivity: drifting, tenthsOverControl: drifting.map(() => 1.5) } })[0]!;
    expect([flat.met, flat.figure]).toEqual([true, '+0% over the run, against the control']);
    const growing = judgeTargets({ longWorkflow: { tenthsMsPerActivity: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], tenthsOverControl: drifting } })[0]!;
    expect([growing.met, growing.figure]).toEqual([false, '+62% over the run, against the control']);
  });

  it('fits the rise of a line exactly, whatever its level and noise-free slope', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }), (level, slope) => {
      const ys = Array.from({ length: 10 }, (_, x) => level * (1 + slope * (x - 4.5)));
      expect(fittedRise(ys)).toBeCloseTo(slope * 9, 9);
    }));
  });
});
