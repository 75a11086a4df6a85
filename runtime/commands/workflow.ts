/**
 * `reprise workflow ...`: list, look at, start and act on workflows from the command line. Tables for people by
 * default, `--output json` for scripts. Acting on a run (signal, cancel, terminate, reset) needs a reason, which
 * the history records with who acted.
 */
import { hostname, userInfo } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { Client, type WorkflowStatus, type WorkflowSummary } from '../../sdk/client/index.js';
import type { HistoryEventJSON } from '../../sdk/internal/history-json.js';

export const ADDRESS_HELP = 'host:port of the Reprise server';
export const DEFAULT_CLI_ADDRESS = process.env.REPRISE_ADDRESS ?? '127.0.0.1:7233';
const STATUSES = ['RUNNING', 'COMPLETED', 'FAILED', 'CANCELED', 'TERMINATED', 'CONTINUED_AS_NEW', 'TIMED_OUT'];

type Output = 'table' | 'json';
interface Common {
  address: string;
  output: Output;
  identity: string;
}

/** Runs a command's body; a failure prints one line and exits 1. */
export async function runTool(name: string, body: () => Promise<number | void>): Promise<never> {
  try {
    process.exit((await body()) ?? 0);
  } catch (err) {
    console.error(`reprise ${name}: ${(err as Error).message}`);
    process.exit(1);
  }
}

function summarise(event: HistoryEventJSON): string {
  const { eventId: _id, eventType: _type, eventTime: _time, ...attrs } = event;
  const text = JSON.stringify(attrs);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/** Rows as aligned columns under a header (the last column is not padded). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : (c ?? '').padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function historyTable(events: HistoryEventJSON[]): string {
  return table(['ID', 'TIME', 'TYPE', 'DETAILS'], events.map((e) => [String(e.eventId), e.eventTime, e.eventType, summarise(e)]));
}

const iso = (d: Date | undefined) => (d ? d.toISOString() : '');

function summaryRow(w: WorkflowSummary): string[] {
  return [w.workflowId, w.runId, w.type, w.status, w.taskQueue, iso(w.startTime), iso(w.closeTime), String(w.historyLength), w.attention.join('; ')];
}
const SUMMARY_HEADER = ['WORKFLOW ID', 'RUN ID', 'TYPE', 'STATUS', 'TASK QUEUE', 'STARTED', 'CLOSED', 'EVENTS', 'ATTENTION'];

/** JSON arguments: a JSON array is the argument list, any other JSON value is the one argument. */
function jsonArgs(text: string | undefined, option: string): unknown[] {
  if (text === undefined) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InvalidArgumentError(`${option}: not JSON (${(err as Error).message})`);
  }
  return Array.isArray(value) ? value : [value];
}

function time(value: string): Date {
  const d = new Date(/^\d+$/.test(value) ? Number(value) : value);
  if (Number.isNaN(d.getTime())) throw new InvalidArgumentError('must be a time (ISO 8601 or Unix milliseconds)');
  return d;
}

function statuses(value: string): WorkflowStatus[] {
  return value.split(',').map((s) => {
    const st = s.trim().toUpperCase();
    if (!STATUSES.includes(st)) throw new InvalidArgumentError(`'${s}' is not one of ${STATUSES.join(', ')}`);
    return st as WorkflowStatus;
  });
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

const print = (output: Output, value: unknown, text: () => string): void => void
  process.stdout.write(output === 'json' ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);

/** A subcommand with the options every one of them takes, run with a connected client. */
function sub(parent: Command, name: string, description: string): Command {
  return parent.command(name).description(description)
    .option('--address <address>', ADDRESS_HELP, DEFAULT_CLI_ADDRESS)
    .option('--identity <name>', 'who acts (recorded in history)', `${userInfo().username}@${hostname()} (reprise cli)`)
    .addOption(new Option('--output <format>', 'table for people, json for scripts').choices(['table', 'json']).default('table'));
}

async function withClient<T>(opts: Common, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = await Client.connect({ address: opts.address, connectTimeout: '5s', identity: opts.identity });
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}

const tool = (name: string, fn: (...args: any[]) => Promise<number | void>) =>
  (...args: unknown[]) => runTool(`workflow ${name}`, () => fn(...args));

export function workflowCommand(): Command {
  const workflow = new Command('workflow').description('list, look at, start and act on workflows on a server');

  sub(workflow, 'list', 'list runs, newest first')
    .option('--status <statuses>', `only these statuses, comma separated (${STATUSES.join(', ')})`, statuses)
    .option('--type <type>', 'only this workflow type')
    .option('--id-prefix <prefix>', 'only workflow IDs that start with this')
    .option('--task-queue <queue>', 'only this task queue')
    .option('--started-after <time>', 'started at or after (ISO 8601 or Unix ms)', time)
    .option('--started-before <time>', 'started before (ISO 8601 or Unix ms)', time)
    .option('--attention', 'only running runs that need an operator')
    .option('--stalled-after <duration>', 'with --attention: how long without a new event counts as no progress', '5m')
    .option('--limit <n>', 'at most this many runs', positive, 50)
    .action(tool('list', async (opts: Common & { status?: WorkflowStatus[]; type?: string; idPrefix?: string; taskQueue?: string;
      startedAfter?: Date; startedBefore?: Date; attention?: boolean; stalledAfter: string; limit: number }) => withClient(opts, async (client) => {
      const runs: WorkflowSummary[] = [];
      for await (const w of client.workflow.list({ status: opts.status, type: opts.type, workflowIdPrefix: opts.idPrefix,
        taskQueue: opts.taskQueue, startedAfter: opts.startedAfter, startedBefore: opts.startedBefore,
        needsAttention: opts.attention, noProgress: opts.attention ? opts.stalledAfter : undefined, pageSize: Math.min(opts.limit, 1000) })) {
        runs.push(w);
        if (runs.length >= opts.limit) break;
      }
      print(opts.output, runs, () => (runs.length ? table(SUMMARY_HEADER, runs.map(summaryRow)) : 'no workflows match'));
    })));

  sub(workflow, 'describe', "a run's state: status, what it waits on, input and outcome, children")
    .argument('<workflowId>', 'the workflow ID')
    .option('--run-id <runId>', 'a run of that workflow (default: its latest run)')
    .action(tool('describe', async (workflowId: string, opts: Common & { runId?: string }) => withClient(opts, async (client) => {
      const d = await client.workflow.getHandle(workflowId, opts.runId).describe();
      const json = { ...d, failure: d.failure && { message: d.failure.message, name: d.failure.name },
        pendingActivities: d.pendingActivities.map((a) => ({ ...a, lastFailure: a.lastFailure?.message })),
        pendingWorkflowTask: d.pendingWorkflowTask && { ...d.pendingWorkflowTask, lastFailure: d.pendingWorkflowTask.lastFailure?.message } };
      print(opts.output, json, () => {
        const lines = [
          table(['FIELD', 'VALUE'], [
            ['Workflow ID', d.workflowId], ['Run ID', d.runId], ['Type', d.type], ['Status', d.status], ['Task queue', d.taskQueue],
            ['Started', iso(d.startTime)], ['Closed', iso(d.closeTime)], ['History', `${d.historyLength} events`],
            ['Parent', d.parent ? `${d.parent.workflowId} (${d.parent.runId})` : ''], ['Continues from', d.continuedFromRunId ?? ''],
            ['Next run', d.newExecutionRunId ?? ''], ['Cancel requested', d.cancelRequested ? 'yes' : ''],
            ['Needs attention', d.attention.join('; ')], ['Input', JSON.stringify(d.input)],
            ['Result', d.result === undefined ? '' : JSON.stringify(d.result)], ['Failure', d.failure?.message ?? ''],
          ].filter(([, v]) => v !== '')),
        ];
        if (d.pendingWorkflowTask) {
          lines.push('', `Workflow task: ${d.pendingWorkflowTask.state}, attempt ${d.pendingWorkflowTask.attempt}` +
            (d.pendingWorkflowTask.lastFailure ? ` (last failure: ${d.pendingWorkflowTask.lastFailure.message})` : ''));
        }
        if (d.pendingActivities.length) {
          lines.push('', 'Pending activities:', table(['ACTIVITY', 'ID', 'STATE', 'ATTEMPT', 'NEXT RETRY', 'LAST FAILURE'],
            d.pendingActivities.map((a) => [a.activityType, a.activityId, a.state, `${a.attempt}${a.maximumAttempts ? `/${a.maximumAttempts}` : ''}`,
              iso(a.nextAttemptTime), a.lastFailure?.message ?? ''])));
        }
        if (d.pendingTimers.length) {
          lines.push('', 'Pending timers:', table(['TIMER', 'FIRES AT'], d.pendingTimers.map((t) => [t.timerId, iso(t.fireTime)])));
        }
        if (d.children.length) lines.push('', 'Children:', table(SUMMARY_HEADER, d.children.map(summaryRow)));
        return lines.join('\n');
      });
    })));

  sub(workflow, 'show', "print a run's history (--output json writes the replayer's history file format)")
    .argument('<workflowId>', 'the workflow ID')
    .option('--run-id <runId>', 'a run of that workflow (default: its latest run)')
    .action(tool('show', async (workflowId: string, opts: Common & { runId?: string }) => withClient(opts, async (client) => {
      const history = await client.workflow.getHandle(workflowId, opts.runId).fetchHistory();
      print(opts.output, history, () => historyTable(history.events));
    })));

  sub(workflow, 'start', 'start a workflow')
    .argument('<type>', 'the workflow type (its exported function name)')
    .requiredOption('--task-queue <queue>', 'the task queue its workers poll')
    .option('--workflow-id <id>', 'the workflow ID (default: <type>-<time>)')
    .option('--input <json>', 'its arguments: a JSON array, or one JSON value')
    .option('--wait', 'wait for the result and print it')
    .action(tool('start', async (type: string, opts: Common & { taskQueue: string; workflowId?: string; input?: string; wait?: boolean }) =>
      withClient(opts, async (client) => {
        const workflowId = opts.workflowId ?? `${type}-${Date.now()}`;
        const handle = await client.workflow.start(type, { taskQueue: opts.taskQueue, workflowId, args: jsonArgs(opts.input, '--input') });
        const started = { workflowId, runId: handle.firstExecutionRunId };
        if (!opts.wait) {
          print(opts.output, started, () => `started ${workflowId} (run ${started.runId})`);
          return;
        }
        const result = await handle.result();
        print(opts.output, { ...started, result }, () => `${workflowId} completed: ${JSON.stringify(result)}`);
      })));

  sub(workflow, 'signal', 'send a signal to the running run')
    .argument('<workflowId>', 'the workflow ID')
    .requiredOption('--name <signal>', 'the signal name')
    .option('--input <json>', 'its arguments: a JSON array, or one JSON value')
    .requiredOption('--reason <text>', 'why (recorded in the history)')
    .option('--run-id <runId>', 'a run of that workflow (default: the running one)')
    .action(tool('signal', async (workflowId: string, opts: Common & { name: string; input?: string; reason: string; runId?: string }) =>
      withClient(opts, async (client) => {
        await client.workflow.getHandle(workflowId, opts.runId).signalWithOptions(opts.name, { args: jsonArgs(opts.input, '--input'), reason: opts.reason });
        print(opts.output, { workflowId, signal: opts.name, ok: true }, () => `signalled ${workflowId}: ${opts.name}`);
      })));

  sub(workflow, 'query', "ask a workflow's query handler (nothing is written)")
    .argument('<workflowId>', 'the workflow ID')
    .requiredOption('--name <query>', 'the query name')
    .option('--input <json>', 'its arguments: a JSON array, or one JSON value')
    .option('--run-id <runId>', 'a run of that workflow (default: its latest run)')
    .action(tool('query', async (workflowId: string, opts: Common & { name: string; input?: string; runId?: string }) =>
      withClient(opts, async (client) => {
        const answer = await client.workflow.getHandle(workflowId, opts.runId).query(opts.name, ...jsonArgs(opts.input, '--input'));
        print(opts.output, { workflowId, query: opts.name, answer }, () => JSON.stringify(answer, null, 2));
      })));

  for (const [name, verb, description] of [['cancel', 'cancellation requested for', 'ask the running run to cancel (it may clean up first)'],
    ['terminate', 'terminated', 'close the running run at once (no workflow code runs)']] as const) {
    sub(workflow, name, description)
      .argument('<workflowId>', 'the workflow ID')
      .requiredOption('--reason <text>', 'why (recorded in the history)')
      .option('--run-id <runId>', 'a run of that workflow (default: the running one)')
      .action(tool(name, async (workflowId: string, opts: Common & { reason: string; runId?: string }) => withClient(opts, async (client) => {
        const handle = client.workflow.getHandle(workflowId, opts.runId);
        await (name === 'cancel' ? handle.cancel(opts.reason) : handle.terminate(opts.reason));
        print(opts.output, { workflowId, [name]: true }, () => `${verb} ${workflowId}`);
      })));
  }

  sub(workflow, 'reset', 'start a new run from a workflow task of a run (the running run is terminated)')
    .argument('<workflowId>', 'the workflow ID')
    .requiredOption('--event-id <id>', "the task's WorkflowTaskCompleted event ID, or 'first' / 'last' (the run's first or last completed task)")
    .requiredOption('--reason <text>', 'why (recorded in both runs\' history)')
    .option('--run-id <runId>', 'the run to reset (default: the latest run)')
    .action(tool('reset', async (workflowId: string, opts: Common & { eventId: string; reason: string; runId?: string }) =>
      withClient(opts, async (client) => {
        const runId = opts.runId ?? (await client.workflow.getHandle(workflowId).describe()).runId;
        const handle = client.workflow.getHandle(workflowId, runId);
        let eventId = Number(opts.eventId);
        if (opts.eventId === 'first' || opts.eventId === 'last') {
          const history = await handle.fetchHistory();
          const completed = history.events.filter((e) => e.eventType === 'WorkflowTaskCompleted');
          const chosen = opts.eventId === 'first' ? completed[0] : completed[completed.length - 1];
          if (!chosen) throw new Error(`run of '${workflowId}' has no completed workflow task to reset to`);
          eventId = chosen.eventId;
        } else if (!Number.isSafeInteger(eventId) || eventId < 1) {
          throw new Error(`--event-id: '${opts.eventId}' is not an event ID, 'first' or 'last'`);
        }
        const next = await handle.reset({ eventId, reason: opts.reason });
        print(opts.output, { workflowId, eventId, runId: next.runId }, () => `reset ${workflowId} to event ${eventId}: new run ${next.runId}`);
      })));
  return workflow;
}
