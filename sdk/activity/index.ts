/** `reprise/activity`: what activity code may use. Activities are ordinary async functions run by a worker. */
export { CompleteAsyncError, Context, heartbeat, sleep, type ActivityInfo } from './context.js';
export {
  ApplicationFailure, CancelledFailure, isCancellation, type ApplicationFailureOptions,
} from '../common/failure.js';
