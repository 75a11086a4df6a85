/** `reprise/client`: start workflows, wait for their results, look at their state and history. */
export { AsyncCompletionClient, Client, WorkflowClient, WorkflowHandle } from './client.js';
export type {
  ClientOptions, PendingActivity, SignalWithStartOptions, WorkflowDescription, WorkflowListFilter, WorkflowStartOptions, WorkflowStatus,
  WorkflowSummary,
} from './client.js';
export {
  ActivityCancelledError, ActivityNotFoundError, ConnectionError, ServiceError, ValueError, WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError, WorkflowNotFoundError, WorkflowQueryFailedError, WorkflowUpdateFailedError,
} from './errors.js';
export {
  ActivityFailure, ApplicationFailure, CancelledFailure, ChildWorkflowFailure, RepriseFailure, TerminatedFailure, TimeoutFailure,
} from '../common/failure.js';
export type { HistoryJSON, HistoryEventJSON } from '../internal/history-json.js';
