/**
 * The books import's activities, over a tiny in-memory "database". The import step fails its first attempt, as
 * a flaky database connection would, to show that only that step is retried.
 */
import { ApplicationFailure, Context } from 'reprise/activity';

export const files = new Map<string, string>();
export const tables = new Map<string, { columns: string[]; rows: string[][] }>();
export const calls: string[] = [];

export interface Analysis {
  file: string;
  columns: string[];
}

export async function analyseFile(file: string): Promise<Analysis> {
  calls.push('analyseFile');
  const text = files.get(file);
  if (text === undefined) throw ApplicationFailure.nonRetryable(`no file '${file}'`, 'FileNotFound');
  return { file, columns: text.split('\n')[0]!.split(',').map((c) => c.trim()) };
}

export async function persistSchema(analysis: Analysis): Promise<string> {
  calls.push('persistSchema');
  const table = `books_${analysis.file.replace(/\W/g, '_')}`;
  if (!tables.has(table)) tables.set(table, { columns: analysis.columns, rows: [] });
  return table;
}

export async function importRows(file: string, table: string): Promise<number> {
  calls.push(`importRows#${Context.current().info.attempt}`);
  if (Context.current().info.attempt === 1) throw ApplicationFailure.retryable('connection reset by the database', 'Transient');
  const lines = files.get(file)!.split('\n').slice(1).filter(Boolean);
  const target = tables.get(table)!;
  target.rows = lines.map((l) => l.split(',').map((c) => c.trim())); // idempotent: a retry replaces, never duplicates
  return target.rows.length;
}
