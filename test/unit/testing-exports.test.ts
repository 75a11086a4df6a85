import { describe, expect, it } from 'vitest';

describe('reprise/testing', () => {
  it('resolves through the package exports and converts histories', async () => {
    const testing = await import('reprise/testing');
    const json = { events: [{ eventId: 1, eventType: 'TimerFired', eventTime: '2026-01-01T00:00:00.000Z', timerId: '1', startedEventId: 0 }] };
    const events = testing.historyFromJSON(JSON.stringify(json));
    expect(events[0]!.timerFired?.timerId).toBe('1');
    expect(testing.historyToJSON(events).events[0]).toMatchObject({ eventId: 1, eventType: 'TimerFired', timerId: '1' });
  });
});

describe('the replayer with bad input', () => {
  it('reports a ReplayError naming the problem, without throwing, for malformed histories and unknown types', async () => {
    const { Replayer, ReplayError } = await import('reprise/testing');
    const { FIXTURE_WORKFLOWS } = await import('../helpers.js');
    const replayer = await Replayer.create({ workflowsPath: FIXTURE_WORKFLOWS });
    const notJson = replayer.replay('{ not json');
    expect(notJson.error).toBeInstanceOf(ReplayError);
    const noEvents = replayer.replay({} as never);
    expect(noEvents.error?.message).toMatch(/expected a history JSON object/);
    const badType = replayer.replay({ events: [{ eventId: 1, eventType: 'Bogus', eventTime: '2026-01-01T00:00:00Z' }] });
    expect(badType.error?.message).toBe("history.events[0].eventType: 'Bogus' is not an event type");
    const unknownWorkflow = replayer.replay({ events: [{ eventId: 1, eventType: 'WorkflowExecutionStarted',
      eventTime: '2026-01-01T00:00:00Z', workflowType: 'nope', workflowId: 'w', runId: 'r' }] });
    expect(unknownWorkflow.error).toBeInstanceOf(ReplayError);
    expect(unknownWorkflow.error?.message).toMatch(/workflow type 'nope' is not exported/);
    expect(unknownWorkflow).toMatchObject({ workflowId: 'w', runId: 'r', workflowType: 'nope', events: 1 });
  });

  it('code that never yields fails its replay at the deadline, a dead thread after 10 s; the next history replays', async () => {
    const { Replayer, ReplayError } = await import('reprise/testing');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers.js');
    // The replay runs on the Replayer's thread, watched from here: the spinning call is cut off by terminating it.
    const replayer = await Replayer.create({ workflowsPath: join(ROOT, 'test', 'fixtures', 'realm-workflows.ts'),
      workflowTaskDeadline: '200ms' });
    const history = (workflowType: string) => ({ events: [
      { eventId: 1, eventType: 'WorkflowExecutionStarted', eventTime: '2026-01-01T00:00:00Z', workflowType, workflowId: 'w', runId: 'r',
        taskQueue: 'q' },
      { eventId: 2, eventType: 'WorkflowTaskScheduled', eventTime: '2026-01-01T00:00:00Z', taskQueue: 'q', attempt: 1 },
      { eventId: 3, eventType: 'WorkflowTaskStarted', eventTime: '2026-01-01T00:00:00Z', scheduledEventId: 2 },
      { eventId: 4, eventType: 'WorkflowTaskCompleted', eventTime: '2026-01-01T00:00:00Z', scheduledEventId: 2, startedEventId: 3 },
    ] });
    const t0 = Date.now();
    const spun = replayer.replay(history('spin'));
    expect(spun.error).toBeInstanceOf(ReplayError);
    expect(spun.error?.message).toMatch(/failed \(Deadline\): workflow code ran for more than 200 ms without yielding/);
    expect(Date.now() - t0).toBeLessThan(5_000);
    // A fresh thread takes the next one, which replays as any other: the run completes, which this history does
    // not hold (a divergence after its last event).
    const next = replayer.replay(history('logProbe'));
    expect(next.error?.message).toMatch(/diverged from its history at event 5/);

    // A thread that died (here terminated behind the Replayer's back) cannot say so to a caller blocked on it: the
    // caller gives up when no call into workflow code starts for 10 s, and a new thread takes the next history.
    await (replayer as unknown as { box: { current: { thread: { terminate(): Promise<number> } } } }).box.current.thread.terminate();
    const t1 = Date.now();
    const lost = replayer.replay(history('logProbe'));
    expect(lost.error?.message).toMatch(/the replay thread made no progress for 10 s/);
    expect(Date.now() - t1).toBeLessThan(20_000);
    expect(replayer.replay(history('logProbe')).error?.message).toMatch(/diverged from its history at event 5/);
    await replayer.close();
    expect(() => replayer.replay(history('logProbe'))).toThrow('Replayer.replay: this Replayer was closed');
  }, 60_000);

  it('the one-shot helpers end the thread they replay on', async () => {
    const { readdirSync } = await import('node:fs');
    const { replayHistory, replayHistories } = await import('reprise/testing');
    const { FIXTURE_WORKFLOWS } = await import('../helpers.js');
    const threads = () => readdirSync('/proc/self/task').length; // this process's threads (Linux)
    const empty = { events: [] };
    await replayHistory({ workflowsPath: FIXTURE_WORKFLOWS }, empty).catch(() => undefined); // warm: bundling, V8's pool
    const before = threads();
    for (let i = 0; i < 4; i++) {
      await expect(replayHistory({ workflowsPath: FIXTURE_WORKFLOWS }, empty)).rejects.toThrow();
      for await (const r of replayHistories({ workflowsPath: FIXTURE_WORKFLOWS }, [empty, empty])) {
        expect(r.error).toBeDefined();
        break; // stopping early closes it too
      }
    }
    expect(threads() - before).toBeLessThan(4);
  }, 60_000);

  it('starts its thread under the Node options a process may have: a V8 option, and code given with -e', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const { FIXTURE_WORKFLOWS, ROOT, scratchDir, spawnNode } = await import('../helpers.js');
    const testing = pathToFileURL(join(ROOT, 'dist', 'sdk', 'testing', 'index.js')).href;
    const script = `import { Replayer } from ${JSON.stringify(testing)};
      const replayer = await Replayer.create({ workflowsPath: ${JSON.stringify(FIXTURE_WORKFLOWS)} });
      console.log(replayer.replay({ events: [] }).error ? 'replayed' : 'no error');`;
    const file = join(scratchDir('thread-options'), 'replay.mjs');
    writeFileSync(file, script);
    // An explicit list of options for the thread may not hold --expose-gc; --input-type a thread refuses.
    for (const args of [['--expose-gc', file], ['--expose-gc', '--input-type=module', '-e', script]]) {
      const child = spawnNode(args);
      await child.waitFor('replayed', 30_000);
    }
  }, 60_000);

  it('Replayer.create names a workflows file it cannot bundle', async () => {
    const { Replayer } = await import('reprise/testing');
    await expect(Replayer.create({ workflowsPath: '/nonexistent/workflows.ts' })).rejects.toThrow(/workflowsPath: .* does not exist/);
  });
});
