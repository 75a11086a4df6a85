/** `reprise/worker`: run workflows and activities. */
export { Worker, type WorkerOptions, type WorkerState } from './worker.js';
export { DeterminismViolationError, ReplayError, WorkerOptionsError, WorkflowBundleError } from './errors.js';
export { bundleWorkflows } from './bundler.js';
