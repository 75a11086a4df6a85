/**
 * `reprise replay`: replays recorded histories (files, or the runs stored on a server) with the current workflow
 * code and exits non-zero on any divergence, so a CI job catches a breaking change before it is deployed.
 */
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import ms from 'ms';
import { Client } from '../../sdk/client/index.js';
import { Replayer, type ReplayableHistory, type ReplayResult } from '../../worker/replayer.js';
import { ADDRESS_HELP, DEFAULT_CLI_ADDRESS, runTool } from './workflow.js';

interface ReplayCommandOptions {
  workflows: string;
  fromServer?: boolean;
  address: string;
  type?: string;
  since?: string;
}

interface Source {
  label: string;
  load(): Promise<ReplayableHistory>;
}

function sinceMs(value: string): number {
  const n = (ms as (s: string) => number | undefined)(value);
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) {
    throw new Error(`--since: '${value}' is not a duration (e.g. 7d, 12h, 30m)`);
  }
  return n;
}

export function replayCommand(): Command {
  return new Command('replay')
    .description('replay histories with the current workflow code; exits 1 on any divergence (a CI gate)')
    .argument('[histories...]', 'history files (from `reprise workflow show <id> --output json`)')
    .requiredOption('--workflows <file>', 'the workflows file (.ts or .js) to replay with')
    .option('--from-server', 'replay the runs stored on a server (running and closed)')
    .option('--address <address>', ADDRESS_HELP, DEFAULT_CLI_ADDRESS)
    .option('--type <workflowType>', 'with --from-server: only runs of this workflow type')
    .option('--since <duration>', 'with --from-server: only runs started within this time, e.g. 7d')
    .action((files: string[], opts: ReplayCommandOptions) => runTool('replay', () => replay(files, opts)));
}

async function replay(files: string[], opts: ReplayCommandOptions): Promise<number> {
  if (!opts.fromServer && files.length === 0) throw new Error('give history files, or --from-server');
  if (!opts.fromServer && (opts.type || opts.since)) throw new Error('--type and --since go with --from-server');
  const replayer = await Replayer.create({ workflowsPath: opts.workflows });
  const sources: Source[] = files.map((f) => ({ label: f, load: async () => readFile(f, 'utf8') }));
  let client: Client | undefined;
  try {
    if (opts.fromServer) {
      client = await Client.connect({ address: opts.address, connectTimeout: '5s' });
      const c = client;
      const startedAfter = opts.since ? new Date(Date.now() - sinceMs(opts.since)) : undefined;
      for await (const run of c.workflow.list({ type: opts.type, startedAfter, pageSize: 500 })) {
        sources.push({ label: `${run.workflowId} (run ${run.runId})`, load: () => c.workflow.getHandle(run.workflowId, run.runId).fetchHistory() });
      }
    }
    if (sources.length === 0) {
      console.log('nothing to replay: no histories matched');
      return 0;
    }
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'replaying [{bar}] {value}/{total} {label}', stream: process.stderr, hideCursor: true }, Presets.shades_classic)
      : undefined;
    bar?.start(sources.length, 0, { label: '' });
    const failures: { label: string; result?: ReplayResult; error: Error }[] = [];
    let events = 0;
    const t0 = performance.now();
    for (const source of sources) {
      bar?.increment(0, { label: source.label });
      let result: ReplayResult | undefined;
      try {
        result = replayer.replay(await source.load());
        events += result.events;
        if (result.error) failures.push({ label: source.label, result, error: result.error });
      } catch (err) {
        failures.push({ label: source.label, error: err as Error });
      }
      bar?.increment(1);
    }
    bar?.stop();
    const seconds = (performance.now() - t0) / 1000;
    for (const f of failures) {
      console.log(`\nFAIL ${f.label}\n  ${f.error.name}: ${f.error.message}`);
    }
    const ok = sources.length - failures.length;
    console.log(`\nreplayed ${sources.length} ${sources.length === 1 ? 'history' : 'histories'} (${events} events, ` +
      `${seconds.toFixed(2)} s): ${ok} ok, ${failures.length} failed`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    client?.close();
    await replayer.close();
  }
}
