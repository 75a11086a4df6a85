/**
 * A books import in three dependent steps: analyse the file (find its columns), persist the schema those
 * columns need, then import the rows into it. Each step takes the previous one's result; a failed step is
 * retried on its own, never redoing the ones before it. Progress is queryable.
 */
import { defineQuery, proxyActivities, setHandler } from 'reprise/workflow';
import type * as activities from './activities.js';

export const progress = defineQuery<string>('progress');

const { analyseFile, persistSchema, importRows } = proxyActivities<typeof activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '50ms', maximumAttempts: 5 },
});

export async function importBooks(file: string): Promise<{ table: string; rows: number }> {
  let step = 'analysing';
  setHandler(progress, () => step);
  const analysis = await analyseFile(file);
  step = `persisting a schema for ${analysis.columns.length} columns`;
  const table = await persistSchema(analysis);
  step = `importing into ${table}`;
  const rows = await importRows(file, table);
  step = 'done';
  return { table, rows };
}
