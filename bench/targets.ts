/**
 * The performance targets of this machine (issue 7), judged against a bench run's results: each target, the
 * figure the run measured, and whether it was met, or by how much it was missed. The bench prints these last.
 */

export interface Judged {
  target: string;
  figure: string;
  met: boolean;
  /** How far the figure is from the target, as a factor (1 when met). */
  missedBy: number;
}

export interface BenchFigures {
  threeActivitiesThroughput?: { perSecond: number };
  oneActivityLatencyMs?: { p50: number; p99: number };
  replay?: Record<string, { eventsPerSecond: number }>;
  /**
   * tenthsOverControl: each tenth's time per activity over that of short runs of the same workflow in the same
   * seconds (bench/run.ts), which takes the machine's own drift out; judged instead of the raw tenths when given.
   */
  longWorkflow?: { tenthsMsPerActivity: number[]; tenthsOverControl?: number[] };
  workerMemory?: { perCachedRunKB: number };
}

/** The rise of a least-squares line through `ys` (evenly spaced), from the first point to the last, over their mean. */
export function fittedRise(ys: number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return meanY === 0 ? 0 : ((num / den) * (n - 1)) / meanY;
}

/** A long workflow's cost per activity is flat when its fitted line rises less than this over the run. */
export const FLAT_RISE = 0.2;

export function judgeTargets(r: BenchFigures): Judged[] {
  const out: Judged[] = [];
  const atLeast = (target: string, figure: number, want: number, show: (v: number) => string) =>
    out.push({ target, figure: show(figure), met: figure >= want, missedBy: figure >= want ? 1 : want / figure });
  const below = (target: string, figure: number, want: number, show: (v: number) => string) =>
    out.push({ target, figure: show(figure), met: figure < want, missedBy: figure < want ? 1 : figure / want });
  if (r.threeActivitiesThroughput) {
    atLeast('three-activity workflows: at least 1,000/s', r.threeActivitiesThroughput.perSecond, 1000, (v) => `${v.toFixed(0)}/s`);
  }
  if (r.oneActivityLatencyMs) {
    below('one-activity latency: p50 under 5 ms', r.oneActivityLatencyMs.p50, 5, (v) => `${v.toFixed(1)} ms`);
    below('one-activity latency: p99 under 25 ms', r.oneActivityLatencyMs.p99, 25, (v) => `${v.toFixed(1)} ms`);
  }
  const replay = Object.entries(r.replay ?? {});
  if (replay.length > 0) {
    const [size, slowest] = replay.reduce((a, b) => (b[1].eventsPerSecond < a[1].eventsPerSecond ? b : a));
    atLeast('replay: above 1,000,000 events/s (the slowest size)', slowest.eventsPerSecond, 1_000_000,
      (v) => `${(v / 1000).toFixed(0)}k events/s (${size} events)`);
  }
  if (r.longWorkflow) {
    const { tenthsMsPerActivity, tenthsOverControl } = r.longWorkflow;
    const rise = fittedRise(tenthsOverControl ?? tenthsMsPerActivity);
    out.push({ target: `long workflow: flat per activity (fitted rise < ${FLAT_RISE * 100}%)`,
      figure: `${rise >= 0 ? '+' : ''}${(rise * 100).toFixed(0)}% over the run${tenthsOverControl ? ', against the control' : ''}`,
      met: rise < FLAT_RISE,
      missedBy: rise < FLAT_RISE ? 1 : (1 + rise) / (1 + FLAT_RISE) });
  }
  if (r.workerMemory) {
    below('worker memory: under 100 KB per cached run', r.workerMemory.perCachedRunKB, 100, (v) => `${v.toFixed(1)} KB`);
  }
  return out;
}
