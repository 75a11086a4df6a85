import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { bundleWorkflows } from '../../dist/worker/bundler.js';
import { WorkflowCode, type WorkflowSandbox } from '../../dist/worker/sandbox.js';
import type { Activation, ActivationJob, ActivationResult } from '../../dist/sdk/common/activation.js';
import { ROOT } from '../helpers.js';

// Runs of one worker share a vm context (worker/sandbox.ts, sdk/workflow/internal/realm.ts). These drive
// sandboxes directly, activation by activation, interleaving runs as a busy worker does.
const bundle = await bundleWorkflows(join(ROOT, 'test', 'fixtures', 'realm-workflows.ts'));
const code = new WorkflowCode(bundle);

function activation(runId: string, workflowType: string, timeMs: number, jobs: ActivationJob[]): Activation {
  return {
    timeMs, replaying: false, jobs,
    info: { workflowId: `wf-${runId}`, runId, workflowType, taskQueue: 'q', attempt: 1, historyLength: 3, startTimeMs: 1_000,
      continueAsNewSuggested: false, firstRunId: runId, originalRunId: runId },
  };
}

const start = (...args: unknown[]): ActivationJob => ({ type: 'start', args: args.map((a) => JSON.stringify(a)) });
const fire: ActivationJob = { type: 'fireTimer', seq: 1 };

function resultOf(r: ActivationResult): unknown {
  const done = r.commands.find((c) => c.type === 'complete');
  if (!done || done.type !== 'complete') throw new Error(`no result: ${JSON.stringify(r)}`);
  return JSON.parse(done.result!);
}

/** globalsProbe from start to result in a sandbox of its own, with nothing in between. */
function alone(runId: string, t0: number, t1: number): unknown {
  const s = code.newSandbox(undefined, () => undefined);
  s.activate(activation(runId, 'globalsProbe', t0, [start(runId)]));
  return resultOf(s.activate(activation(runId, 'globalsProbe', t1, [fire])));
}

describe('runs sharing the worker\'s vm context', () => {
  it('each run has its own modules, globals, time and seeded randomness, however their activations interleave', () => {
    const a = code.newSandbox(undefined, () => undefined);
    const b = code.newSandbox(undefined, () => undefined);
    expect(a.activate(activation('A', 'globalsProbe', 1_000, [start('A')])).commands).toMatchObject([{ type: 'startTimer' }]);
    b.activate(activation('B', 'globalsProbe', 2_000, [start('B')]));
    const ra = resultOf(a.activate(activation('A', 'globalsProbe', 3_000, [fire]))) as Record<string, any>;
    const rb = resultOf(b.activate(activation('B', 'globalsProbe', 4_000, [fire]))) as Record<string, any>;
    expect(ra).toMatchObject({ before: null, moduleCounter: 1, first: { now: 1_000, newDate: 1_000 },
      after: { tag: 'A', hidden: 'A', symbol: 'A', now: 3_000 } });
    expect(rb).toMatchObject({ before: null, moduleCounter: 1, first: { now: 2_000, newDate: 2_000 },
      after: { tag: 'B', hidden: 'B', symbol: 'B', now: 4_000 } });
    // The same values as each run computes with no neighbour at all.
    expect(ra).toEqual(alone('A', 1_000, 3_000));
    expect(rb).toEqual(alone('B', 2_000, 4_000));
    expect(ra.first.random).not.toBe(rb.first.random);
  });

  it('the shared built-ins cannot be changed by a run; an error\'s own name still can', () => {
    const s = code.newSandbox(undefined, () => undefined);
    const r = s.activate(activation('T', 'tamperProbe', 1_000, [start()]));
    expect(resultOf(r)).toEqual([]);
    expect(alone('A', 1_000, 3_000)).toEqual(alone('A', 1_000, 3_000));
  });

  it('a call that throws leaves nothing queued for the next run: its pending reactions run as its own', () => {
    const reference = alone('D', 1_000, 3_000);
    const c = code.newSandbox(undefined, () => undefined);
    // The start job queues the workflow's first steps (which draw random numbers); the second job throws.
    expect(() => c.activate(activation('C', 'globalsProbe', 1_000, [start('C'), { type: 'resolveActivity', seq: 9, result: null }])))
      .toThrow(/no pending activity with seq 9/);
    const d = code.newSandbox(undefined, () => undefined);
    d.activate(activation('D', 'globalsProbe', 1_000, [start('D')]));
    expect(resultOf(d.activate(activation('D', 'globalsProbe', 3_000, [fire])))).toEqual(reference);
  });

  it('after a call cut short by its deadline, the context is not used again and new runs get a fresh one', () => {
    const spinning = code.newSandbox(50, () => undefined);
    const before: WorkflowSandbox = code.newSandbox(undefined, () => undefined);
    expect(() => spinning.activate(activation('S', 'spin', 1_000, [start()]))).toThrow(/timed out/);
    expect(() => before.activate(activation('B', 'globalsProbe', 1_000, [start('B')]))).toThrow(/discarded/);
    expect(alone('A', 1_000, 3_000)).toMatchObject({ after: { tag: 'A', now: 3_000 } });
  });

  it('activations go in and commands come out without JSON, yet each side sees only its own realm\'s objects', () => {
    const s = code.newSandbox(undefined, () => undefined);
    const child = (timeMs: number, jobs: ActivationJob[]): Activation => {
      const a = activation('H', 'handOffProbe', timeMs, jobs);
      return { ...a, info: { ...a.info, parent: { workflowId: 'parent', runId: 'P' } } };
    };
    const first = s.activate(child(1_000, [start()]));
    // What comes out is made of the worker's objects too (copied out, no JSON).
    expect(first.commands).toBeInstanceOf(Array);
    expect(Object.getPrototypeOf(first.commands[0])).toBe(Object.prototype);
    expect(first.commands).toEqual([{ type: 'startTimer', seq: 1, ms: 10 }]);
    expect(resultOf(s.activate(child(2_000, [fire])))).toEqual({
      watched: 0, parent: { workflowId: 'parent', runId: 'P' }, parentIsOurs: true });
  });

  // cancellationOrder's activations and, for each, its commands and (the last) the order the code heard of the
  // cancellation, as the SDK produced them when every piece of work had a reaction of its own on the scope's
  // promise (histories recorded then must replay the same).
  const job = (seq: number, result: string): ActivationJob => ({ type: 'resolveActivity', seq, result: JSON.stringify(result) });
  const strip = (r: ActivationResult) => r.commands.map(({ stack: _stack, ...c }) => c);
  const options = { startToCloseTimeoutMs: 60_000 };
  const work = (seq: number, name: string) => ({ type: 'scheduleActivity', seq, activityType: 'work', args: [JSON.stringify(name)], options });
  const cancellationSteps = [
    { activation: activation('X', 'cancellationOrder', 1_000, [start()]), commands: [work(1, 'done')] },
    { activation: activation('X', 'cancellationOrder', 2_000, [job(1, 'done')]), commands: [
      work(2, 'a'), { type: 'startTimer', seq: 1, ms: 60_000 }, work(3, 'shielded'), work(4, 'b'), { type: 'startTimer', seq: 2, ms: 30_000 },
      { type: 'requestCancelActivity', seq: 2 }, { type: 'requestCancelActivity', seq: 4 }, work(6, 'cleanup'),
      { type: 'cancelTimer', seq: 2 }, { type: 'cancelTimer', seq: 1 },
    ] },
    { activation: activation('X', 'cancellationOrder', 3_000, [job(3, 'shielded')]), commands: [{ type: 'complete',
      result: JSON.stringify(['done', 'user', 'after', 'a', 'b', 'timer', 'inner timer', 'condition', 'shielded ok']) }] },
  ];

  it('a cancelled scope cancels its work in the order it was bound, around reactions of the code\'s own', () => {
    const s = code.newSandbox(undefined, () => undefined);
    for (const step of cancellationSteps) expect(strip(s.activate(step.activation))).toEqual(step.commands);
  });

  it('a replayed activation\'s commands come out without their payloads, which replay does not match', () => {
    const s = code.newSandbox(undefined, () => undefined);
    const lean = ({ args: _args, options: _options, result: _result, ...c }: Record<string, unknown>) => c;
    for (const step of cancellationSteps) {
      expect(strip(s.activate({ ...step.activation, replaying: true }))).toEqual(step.commands.map(lean));
    }
  });

  it('a thread turns its promise hooks on only when code opens a scope, and scopes opened after awaits still carry', async () => {
    // In a fresh thread: globalsProbe awaits a timer in the root scope only; cancellationOrder opens its first
    // scope after awaiting an activity, with promises made before the hooks were on still pending.
    const activations = [activation('G', 'globalsProbe', 1_000, [start('G')]), activation('G', 'globalsProbe', 2_000, [fire]),
      ...cancellationSteps.map((s) => s.activation)];
    const thread = new Worker(new URL('../fixtures/scope-thread.mjs', import.meta.url), { workerData: { bundle, activations } });
    const [steps] = await once(thread, 'message') as [{ commands: unknown[]; hooks: boolean }[]];
    await thread.terminate();
    expect(steps.map((s) => s.hooks)).toEqual([false, false, false, true, true]);
    expect(steps[1]!.commands).toMatchObject([{ type: 'complete' }]);
    expect(steps.slice(2).map((s) => s.commands)).toEqual(cancellationSteps.map((s) => s.commands));
  });

  it('console lines go to the log of the run that wrote them', () => {
    const lines: string[] = [];
    const s1 = code.newSandbox(undefined, (level, args) => lines.push(`1 ${level} ${args.join(' ')}`));
    const s2 = code.newSandbox(undefined, (level, args) => lines.push(`2 ${level} ${args.join(' ')}`));
    s1.activate(activation('L1', 'logProbe', 1_000, [start('one')]));
    s2.activate(activation('L2', 'logProbe', 1_000, [start('two')]));
    expect(lines).toEqual(['1 info one', '2 info two']);
  });
});
