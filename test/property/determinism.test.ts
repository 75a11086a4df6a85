/**
 * Property tests of invariants 5, 6 and 7: random workflow programs run on a real server while their worker
 * process is killed with SIGKILL at random moments; every run must end with the result an in-memory evaluation
 * of its program gives, no completed activity may run again, every history must replay with its program, and a
 * mutated program must fail replay at exactly the first event it changes.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Client } from 'reprise/client';
import { DeterminismViolationError, Replayer, type HistoryJSON } from 'reprise/testing';
import { seededRandom } from '../../dist/sdk/workflow/internal/activator.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import { readActivityLog, scratchDir, useTestServer, WORKER_MAIN, spawnNode, type Child } from '../helpers.js';
import { compile, evaluate, mutate, mutations, programArb, type Program } from './program.js';

const RUNS = Number(process.env.REPRISE_PROPERTY_RUNS ?? 5);
const COMMAND_EVENTS = new Set(['ActivityTaskScheduled', 'TimerStarted', 'TimerCanceled', 'MarkerRecorded',
  'WorkflowExecutionCompleted', 'WorkflowExecutionFailed']);

let server: RunningServer;
let client: Client;
const children: Child[] = [];

useTestServer((s, c) => {
  server = s;
  client = c;
}, children);

async function startWorker(taskQueue: string, workflowsPath: string, log: string): Promise<Child> {
  const child = spawnNode([WORKER_MAIN, server.address, taskQueue, workflowsPath], { ACTIVITY_LOG: log, REPRISE_LOG_LEVEL: 'error' });
  children.push(child);
  await child.waitFor('worker-ready');
  return child;
}

interface Outcome { acc: string; rands: number[]; nows: number[] }

/** No attempt ran twice, and no activity ran again after the attempt history records as its completion. */
function checkActivitiesRanOnce(workflowId: string, history: HistoryJSON, log: string): void {
  const records = readActivityLog(log).filter((r) => r.workflowId === workflowId);
  const attempts = records.map((r) => `${r.activityId}#${r.attempt}`);
  expect(new Set(attempts).size, `an attempt ran twice: ${attempts.join(' ')}`).toBe(attempts.length);
  const activityIdOf = new Map(history.events.filter((e) => e.eventType === 'ActivityTaskScheduled')
    .map((e) => [e.eventId, e.activityId as string]));
  const startedAttempt = new Map(history.events.filter((e) => e.eventType === 'ActivityTaskStarted')
    .map((e) => [e.eventId, e.attempt as number]));
  for (const done of history.events.filter((e) => e.eventType === 'ActivityTaskCompleted')) {
    const activityId = activityIdOf.get(done.scheduledEventId as number)!;
    const completedAttempt = startedAttempt.get(done.startedEventId as number)!;
    const ran = records.filter((r) => r.activityId === activityId).map((r) => r.attempt);
    expect(ran.length, `activity ${activityId} of ${workflowId} never ran`).toBeGreaterThan(0);
    expect(Math.max(...ran), `activity ${activityId} of ${workflowId} ran after its completed attempt ${completedAttempt}`)
      .toBeLessThanOrEqual(completedAttempt);
  }
}

/** The values the workflow handed to `note` when it first ran them, by label, in order. */
function notedValues(workflowId: string, log: string, label: string): unknown[] {
  const byActivity = new Map<string, unknown>();
  for (const r of readActivityLog(log) as unknown as { workflowId: string; type: string; activityId: string; values: unknown[] }[]) {
    if (r.workflowId !== workflowId || r.type !== 'note' || r.values[0] !== label) continue;
    if (byActivity.has(r.activityId)) expect(r.values[1], `retries of note ${r.activityId} saw other values`).toEqual(byActivity.get(r.activityId));
    byActivity.set(r.activityId, r.values[1]);
  }
  return [...byActivity.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
}

describe('random workflow programs under kill -9', () => {
  it('end with the result of their in-memory evaluation, run no completed activity again, replay cleanly, and diverge exactly where mutated', async () => {
    let sample = 0;
    let killsWithWorkLeft = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(programArb, fc.nat()), { minLength: 3, maxLength: 6 }),
      // Kill points, as fractions of the activities the programs run: each kill lands while work is left.
      fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 }),
      async (cases, killPercents) => {
        const dir = scratchDir(`property-${sample++}`);
        const programs: Program[] = cases.map(([p]) => p);
        const workflowsPath = join(dir, 'workflows.ts');
        writeFileSync(workflowsPath, compile(programs));
        const log = join(dir, 'activities.log');
        const taskQueue = `property-${sample}-${Date.now()}`;

        let worker = await startWorker(taskQueue, workflowsPath, log);
        const handles = await Promise.all(programs.map((_, i) => client.workflow.start<Outcome>(`p${i}`, {
          taskQueue, workflowId: `${taskQueue}-p${i}`, workflowTaskTimeout: '1s',
        })));
        const results = Promise.all(handles.map((h) => h.result()));
        const total = programs.reduce((n, p) => n + evaluate(p, Math.random).activities, 0);
        const ran = () => new Set(readActivityLog(log).map((r) => `${r.workflowId}/${r.activityId}`)).size;
        let kills = 0;
        for (const percent of [...killPercents].sort((a, b) => a - b)) {
          const threshold = Math.floor((total * percent) / 100);
          if (threshold >= total || ran() >= total) break;
          while (ran() < threshold) await new Promise((r) => setTimeout(r, 10));
          await worker.kill('SIGKILL');
          kills++;
          worker = await startWorker(taskQueue, workflowsPath, log);
        }
        const outcomes = await results;
        killsWithWorkLeft += kills;
        await worker.kill('SIGTERM');

        const replayer = await Replayer.create({ workflowsPath });
        const mutatedPath = join(dir, 'mutated.ts');
        const chosen = cases.map(([p, pick]) => {
          const options = mutations(p);
          return options[pick % options.length]!;
        });
        writeFileSync(mutatedPath, compile(programs.map((p, i) => mutate(p, chosen[i]!))));
        const mutatedReplayer = await Replayer.create({ workflowsPath: mutatedPath });

        for (const [i, program] of programs.entries()) {
          const handle = handles[i]!;
          const outcome = outcomes[i]!;
          const expected = evaluate(program, seededRandom(handle.firstExecutionRunId!));
          expect(outcome.acc).toBe(expected.acc);
          expect(outcome.rands).toEqual(expected.rands);
          // Math.random() and Date.now() gave the same values after the kills as when first run.
          expect(outcome.rands).toEqual(notedValues(handle.workflowId, log, 'rand'));
          expect(outcome.nows).toEqual(notedValues(handle.workflowId, log, 'now'));

          const history = JSON.parse(JSON.stringify(await handle.fetchHistory())) as HistoryJSON;
          checkActivitiesRanOnce(handle.workflowId, history, log);
          expect(replayer.replay(history).error).toBeUndefined();

          const m = chosen[i]!;
          const commandIndex = expected.commandsPerStep.slice(0, m.index).reduce((a, b) => a + b, 0);
          const divergesAt = history.events.filter((e) => COMMAND_EVENTS.has(e.eventType))[commandIndex]!.eventId;
          const { error } = mutatedReplayer.replay(history);
          expect(error, `${m.kind} at step ${m.index} of ${JSON.stringify(program)}`).toBeInstanceOf(DeterminismViolationError);
          expect((error as DeterminismViolationError).eventId, `${m.kind} at step ${m.index}: ${error!.message}`).toBe(divergesAt);
        }
      }), { numRuns: RUNS, endOnFailure: true });
    // The programs are random, but some of the kills must have hit running work for the test to mean anything.
    expect(killsWithWorkLeft).toBeGreaterThan(0);
  }, 600_000);
});
