/** `reprise workflow ...`: look at workflows on a server from the command line. */
import { Command, Option } from 'commander';
import { Client } from '../../sdk/client/index.js';
import type { HistoryEventJSON } from '../../sdk/internal/history-json.js';

export const ADDRESS_HELP = 'host:port of the Reprise server';
export const DEFAULT_CLI_ADDRESS = process.env.REPRISE_ADDRESS ?? '127.0.0.1:7233';

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

export function historyTable(events: HistoryEventJSON[]): string {
  const rows = events.map((e) => [String(e.eventId), e.eventTime, e.eventType, summarise(e)]);
  const header = ['ID', 'TIME', 'TYPE', 'DETAILS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}

export function workflowCommand(): Command {
  const workflow = new Command('workflow').description('look at workflows on a server');
  workflow.command('show')
    .description("print a run's history (--output json writes the replayer's history file format)")
    .argument('<workflowId>', 'the workflow ID')
    .option('--run-id <runId>', 'a run of that workflow (default: its latest run)')
    .option('--address <address>', ADDRESS_HELP, DEFAULT_CLI_ADDRESS)
    .addOption(new Option('--output <format>', 'table for people, json for files and scripts').choices(['table', 'json']).default('table'))
    .action((workflowId: string, opts: { runId?: string; address: string; output: 'table' | 'json' }) => runTool('workflow show', async () => {
      const client = await Client.connect({ address: opts.address, connectTimeout: '5s' });
      try {
        const history = await client.workflow.getHandle(workflowId, opts.runId).fetchHistory();
        process.stdout.write(opts.output === 'json' ? `${JSON.stringify(history, null, 2)}\n` : `${historyTable(history.events)}\n`);
      } finally {
        client.close();
      }
    }));
  return workflow;
}
