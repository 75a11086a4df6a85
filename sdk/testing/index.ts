/**
 * `reprise/testing`: what a user's tests need. The replayer proves that workflow code still replays recorded
 * histories (from `handle.fetchHistory()` or a file written by `reprise workflow show --output json`).
 */
export { historyFromJSON, historyToJSON } from '../internal/history-json.js';
export type { HistoryEventJSON, HistoryJSON } from '../internal/history-json.js';
export { Replayer, replayHistories, replayHistory } from '../../worker/replayer.js';
export type { ReplayableHistory, ReplayOptions, ReplayResult } from '../../worker/replayer.js';
export { DeterminismViolationError, ReplayError } from '../../worker/errors.js';
export type { DivergenceDetails } from '../../worker/errors.js';
export { TestEnvironment } from './environment.js';
export type { TestEnvironmentOptions } from './environment.js';
