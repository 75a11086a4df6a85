/** `reprise/activity`: what activity code may use. Activities are ordinary async functions run by a worker. */
export { Context, type ActivityInfo } from './context.js';
export { ApplicationFailure, type ApplicationFailureOptions } from '../common/failure.js';
