/** `reprise/worker`: run workflows and activities. */
export { Worker, type WorkerOptions, type WorkerState } from './worker.js';
export { DeterminismViolationError, WorkerOptionsError, WorkflowBundleError } from './errors.js';
export { bundleWorkflows } from './bundler.js';
