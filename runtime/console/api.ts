/**
 * The operator console's HTTP side, on its own port: the JSON API under `/api`, the web UI (static files from
 * `ui/`), and `/metrics` in the Prometheus text format. The API calls the same engine and visibility code as the
 * gRPC service, so both apply the same checks; operator actions require a reason, recorded in history with who.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { status as grpcStatus } from '@grpc/grpc-js';
import ms from 'ms';
import { pb, v1 } from '../../proto/index.js';
import { METADATA_QUERY } from '../../sdk/common/activation.js';
import { historyToJSON } from '../../sdk/internal/history-json.js';
import { fromJson, payloadToJson, valuesToPayloads } from '../../sdk/internal/payloads.js';
import { invalidArgument, ServiceError, toServiceError } from '../errors.js';
import { DEFAULT_NAMESPACE } from '../history-engine.js';
import type { Logger } from '../logger.js';
import type { RuntimeMetrics } from '../metrics.js';
import type { RunKey } from '../run-state.js';
import { askWorkflow, type ServiceDeps } from '../workflow-service.js';

const UI_DIR = fileURLToPath(new URL('../../../ui/', import.meta.url));
const MAX_BODY = 1 << 20;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const HTTP_STATUS: Partial<Record<grpcStatus, number>> = {
  [grpcStatus.INVALID_ARGUMENT]: 400, [grpcStatus.NOT_FOUND]: 404, [grpcStatus.ALREADY_EXISTS]: 409,
  [grpcStatus.FAILED_PRECONDITION]: 409, [grpcStatus.UNAVAILABLE]: 503, [grpcStatus.DEADLINE_EXCEEDED]: 504,
};

type Json = Record<string, unknown>;
interface Request {
  url: URL;
  body: () => Promise<Json>;
  /** Who acts: the body's identity, or the console and the caller's address. */
  who: (body: Json) => string;
  signal: AbortSignal;
}
type Handler = (req: Request, params: string[]) => Promise<unknown>;

/** Payloads shown as their values (json/plain, binary/null); other encodings as they are. Walks any message object. */
function showPayloads(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(showPayloads);
  if (!value || typeof value !== 'object') return value;
  const o = value as Json;
  if (Array.isArray(o.payloads) && Object.keys(o).length === 1) return (o.payloads as Json[]).map(showPayload);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, showPayloads(v)]));
}

/** One payload of a message in JSON form (bytes as base64), decoded as the SDK decodes it. */
function showPayload(p: Json): unknown {
  const metadata = Object.fromEntries(Object.entries((p.metadata ?? {}) as Record<string, string>)
    .map(([k, v]) => [k, Buffer.from(v, 'base64')]));
  const payload = { metadata, data: Buffer.from(String(p.data ?? ''), 'base64') };
  try {
    return fromJson(payloadToJson(payload)) ?? null;
  } catch {
    return { encoding: metadata.encoding?.toString() ?? '', data: p.data ?? '' }; // not JSON: shown as stored
  }
}

const toObject = <T extends object>(type: { toObject(m: T, o: object): Json; fromObject(o: object): T }, message: object) =>
  showPayloads(type.toObject(type.fromObject(message), { longs: Number, enums: String, bytes: String, defaults: true }));

function requireReason(body: Json): string {
  const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
  if (!reason) throw invalidArgument('reason', 'is required: say why, it is recorded in the history');
  return reason;
}

function timeParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (!raw) return undefined;
  const t = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isFinite(t)) throw invalidArgument(name, `'${raw}' is not a time (ISO 8601 or Unix milliseconds)`);
  return t;
}

/** The list filter from query parameters (status=RUNNING,FAILED&type=&idPrefix=&taskQueue=&startedAfter=&attention=1). */
function listFilter(url: URL): v1.IListWorkflowsRequest {
  const q = url.searchParams;
  const statuses = (q.get('status') ?? '').split(',').filter(Boolean).map((name) => {
    const code = v1.WorkflowExecutionStatus[`WORKFLOW_EXECUTION_STATUS_${name.toUpperCase()}` as keyof typeof v1.WorkflowExecutionStatus];
    if (code === undefined) throw invalidArgument('status', `'${name}' is not a workflow status (RUNNING, COMPLETED, FAILED, ...)`);
    return code;
  });
  const noProgress = q.get('noProgress');
  let noProgressMs = 0;
  if (noProgress) {
    noProgressMs = /^\d+$/.test(noProgress) ? Number(noProgress) : (ms(noProgress as ms.StringValue) as number | undefined) ?? NaN;
    if (!Number.isFinite(noProgressMs) || noProgressMs <= 0) throw invalidArgument('noProgress', `'${noProgress}' is not a duration (e.g. 10m)`);
  }
  return {
    namespace: q.get('namespace') ?? DEFAULT_NAMESPACE, statuses, workflowType: q.get('type') ?? '',
    workflowIdPrefix: q.get('idPrefix') ?? '', taskQueue: q.get('taskQueue') ?? '',
    startedAfterMs: timeParam(url, 'startedAfter') ?? 0, startedBeforeMs: timeParam(url, 'startedBefore') ?? 0,
    needsAttention: ['1', 'true'].includes(q.get('attention') ?? ''), noProgressMs,
  };
}

export interface ConsoleOptions {
  port: number;
  host: string;
}

/** Starts the console's HTTP server; resolves once it listens. */
export async function startConsole(deps: ServiceDeps & { metrics: RuntimeMetrics }, options: ConsoleOptions):
  Promise<{ server: Server; port: number }> {
  const { engine, visibility, logger } = deps;
  const runOf = (url: URL, workflowId: string): Promise<RunKey> => engine.resolveRun(url.searchParams.get('namespace') ?? '',
    { workflowId, runId: url.searchParams.get('runId') ?? '' });

  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/api\/workflows$/, async ({ url }) => {
      const filter = listFilter(url);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1_000) throw invalidArgument('pageSize', 'must be a whole number from 1 to 1000');
      const token = url.searchParams.get('pageToken');
      const [page, counts] = await Promise.all([
        visibility.list({ ...filter, pageSize, nextPageToken: token ? Buffer.from(token, 'base64url') : undefined }),
        visibility.count(filter),
      ]);
      return {
        executions: (page.executions ?? []).map((e) => toObject(pb.WorkflowExecutionInfo, e)),
        nextPageToken: page.nextPageToken?.length ? Buffer.from(page.nextPageToken).toString('base64url') : '',
        counts,
      };
    }],
    ['GET', /^\/api\/workflows\/([^/]+)$/, async ({ url, signal }, [workflowId]) => {
      const key = await runOf(url, workflowId!);
      const described = await visibility.describe(key);
      const running = described.info?.status === v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
      return { ...(toObject(pb.DescribeWorkflowResponse, described) as Json), metadata: running ? await metadata(key, signal) : null };
    }],
    ['GET', /^\/api\/workflows\/([^/]+)\/history$/, async ({ url }, [workflowId]) => {
      const key = await runOf(url, workflowId!);
      const json = historyToJSON((await engine.runHistory(key)).history);
      if (url.searchParams.get('decoded') === '1') return { runId: key.runId, events: showPayloads(json.events) };
      return new Download(`${key.workflowId}-${key.runId}.history.json`, json);
    }],
    ['POST', /^\/api\/workflows\/([^/]+)\/signal$/, async (req, [workflowId]) => {
      const body = await req.body();
      const name = typeof body.name === 'string' && body.name ? body.name : undefined;
      if (!name) throw invalidArgument('name', 'is required (the signal name)');
      const args = body.args === undefined ? [] : body.args;
      if (!Array.isArray(args)) throw invalidArgument('args', 'must be a JSON array of the signal arguments');
      await engine.signalWorkflow({ namespace: str(body.namespace), execution: { workflowId, runId: str(body.runId) },
        signalName: name, input: valuesToPayloads(args, 'args'), reason: requireReason(body), identity: req.who(body) });
      return { ok: true };
    }],
    ['POST', /^\/api\/workflows\/([^/]+)\/cancel$/, async (req, [workflowId]) => {
      const body = await req.body();
      await engine.requestCancelWorkflow({ namespace: str(body.namespace), execution: { workflowId, runId: str(body.runId) },
        reason: requireReason(body), identity: req.who(body) });
      return { ok: true };
    }],
    ['POST', /^\/api\/workflows\/([^/]+)\/terminate$/, async (req, [workflowId]) => {
      const body = await req.body();
      await engine.terminateWorkflow({ namespace: str(body.namespace), execution: { workflowId, runId: str(body.runId) },
        reason: requireReason(body), identity: req.who(body) });
      return { ok: true };
    }],
    ['POST', /^\/api\/workflows\/([^/]+)\/reset$/, async (req, [workflowId]) => {
      const body = await req.body();
      const eventId = Number(body.eventId);
      if (!Number.isSafeInteger(eventId) || eventId < 1) throw invalidArgument('eventId', 'is required: the WorkflowTaskCompleted event to reset to');
      return engine.resetWorkflow({ namespace: str(body.namespace), execution: { workflowId, runId: str(body.runId) },
        workflowTaskFinishEventId: eventId, reason: requireReason(body), identity: req.who(body), requestId: str(body.requestId) });
    }],
  ];

  /** What a running workflow handles and waits on, from its worker; why not, when no worker answers. */
  async function metadata(key: RunKey, signal: AbortSignal): Promise<Json> {
    try {
      const res = await askWorkflow(deps, key, v1.QueryKind.QUERY_KIND_QUERY, METADATA_QUERY, null,
        AbortSignal.any([signal, AbortSignal.timeout(3_000)]));
      if (res.failure) return { unavailable: res.failure.message };
      const text = res.answer?.payloads?.[0]?.data;
      return text ? JSON.parse(Buffer.from(text).toString('utf8')) as Json : { unavailable: 'empty answer' };
    } catch (err) {
      return { unavailable: (err as Error).message };
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      logger.error({ err: (err as Error).stack }, 'console request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://console');
    const method = req.method ?? 'GET';
    if (url.pathname === '/metrics' && method === 'GET') {
      res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
      res.end(await deps.metrics.registry.metrics());
      return;
    }
    if (!url.pathname.startsWith('/api/')) return serveStatic(url.pathname, res);
    const ac = new AbortController();
    res.on('close', () => ac.abort());
    const request: Request = {
      url, signal: ac.signal, body: () => readBody(req),
      who: (body) => (typeof body.identity === 'string' && body.identity.trim()) || `console (${req.socket.remoteAddress ?? 'unknown'})`,
    };
    try {
      for (const [m, pattern, handler] of routes) {
        const match = pattern.exec(url.pathname);
        if (!match) continue;
        if (m !== method) throw new ServiceError(grpcStatus.UNIMPLEMENTED, `${method} is not allowed on ${url.pathname}`);
        const out = await handler(request, match.slice(1).map(decodePathPart));
        if (out instanceof Download) {
          res.writeHead(200, { 'content-type': 'application/json', 'content-disposition': `attachment; filename="${out.filename}"` });
          res.end(JSON.stringify(out.body, null, 2));
        } else {
          sendJson(res, 200, out);
        }
        return;
      }
      sendJson(res, 404, { error: `no API at ${url.pathname}` });
    } catch (err) {
      const e = toServiceError(err);
      if (e.code === grpcStatus.INTERNAL) logger.error({ err: (err as Error)?.stack, path: url.pathname }, 'console request failed');
      const code = e.code === grpcStatus.UNIMPLEMENTED ? 405 : HTTP_STATUS[e.code] ?? 500;
      sendJson(res, code, { error: e.message, code: grpcStatus[e.code] });
    }
  }

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (err) => reject(new Error(`cannot listen on ${options.host}:${options.port} (console): ${err.message}`)));
    server.listen(options.port, options.host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : options.port);
    });
  });
  return { server, port };
}

class Download {
  constructor(readonly filename: string, readonly body: unknown) {}
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalidArgument('path', `'${part}' is not a valid URL-encoded workflow ID`);
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function sendJson(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw invalidArgument('body', `is larger than ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (err) {
    throw invalidArgument('body', `is not JSON: ${(err as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidArgument('body', 'must be a JSON object');
  return parsed as Json;
}

async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
  const file = pathname === '/' || !extname(pathname) ? 'index.html' : normalize(pathname).replace(/^([/\\])+/, '');
  if (file.includes('..')) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(join(UI_DIR, file));
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
  }
}
