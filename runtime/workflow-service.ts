import type { UntypedServiceImplementation } from '@grpc/grpc-js';
import { v1 } from '../proto/index.js';
import { callSignal, unary } from './grpc-util.js';
import { DEFAULT_NAMESPACE, type HistoryEngine } from './history-engine.js';
import type { Logger } from './logger.js';
import { closedKey, type Notifier } from './notifier.js';

const MAX_WAIT_MS = 60_000;

/** The client service: start, describe, history pages and the result long poll. */
export function workflowService(engine: HistoryEngine, notifier: Notifier, logger: Logger): UntypedServiceImplementation {
  return {
    startWorkflow: unary(logger, 'StartWorkflow', (req: v1.StartWorkflowRequest) => engine.startWorkflow(req)),
    describeWorkflow: unary(logger, 'DescribeWorkflow', async (req: v1.DescribeWorkflowRequest) =>
      engine.describe(await engine.resolveRun(req.namespace, req.execution))),
    getWorkflowHistory: unary(logger, 'GetWorkflowHistory', async (req: v1.GetWorkflowHistoryRequest) =>
      engine.getHistory(await engine.resolveRun(req.namespace, req.execution), req.maximumPageSize, req.nextPageToken)),
    listWorkflows: unary(logger, 'ListWorkflows', (req: v1.ListWorkflowsRequest) => engine.listWorkflows(req)),
    waitWorkflowResult: unary(logger, 'WaitWorkflowResult', async (req: v1.WaitWorkflowResultRequest, call) => {
      const key = await engine.resolveRun(req.namespace, req.execution);
      const signal = callSignal(call);
      const deadline = Date.now() + Math.min(MAX_WAIT_MS, Number(req.waitMs) || 30_000);
      const wakeKey = closedKey(key.namespace || DEFAULT_NAMESPACE, key.workflowId);
      for (;;) {
        const seen = notifier.version(wakeKey);
        const closed = await engine.closedResult(key);
        if (closed) {
          return { closed: true, status: closed.status, result: closed.result, failure: closed.failure, runId: closed.runId };
        }
        const left = deadline - Date.now();
        if (left <= 0 || signal.aborted) return { closed: false, runId: key.runId };
        await notifier.waitForChange(wakeKey, seen, Math.min(left, 5_000), signal);
      }
    }),
  };
}
