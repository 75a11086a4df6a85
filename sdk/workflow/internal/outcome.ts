/**
 * How workflow code ends: a result, a RepriseFailure (fails the workflow), a cancellation that the workflow let
 * through (ends it as cancelled), continue-as-new, or any other error (a bug: the workflow task fails and is
 * retried). Shared by the workflow function and its signal and update handlers. Runs inside the sandbox only.
 */
import type { ContinueAsNewOptionsData, JsonText } from '../../common/activation.js';
import { errorToFailureData, isCancellation, RepriseFailure } from '../../common/failure.js';
import { pushCommand, state } from './state.js';

/** Thrown by continueAsNew(): closes this run and starts the next one of the chain with `args`. */
export class ContinueAsNew extends Error {
  constructor(readonly args: JsonText[], readonly options: ContinueAsNewOptionsData) {
    super('continue as new');
    this.name = 'ContinueAsNew';
  }
}

export function toJson(value: unknown, what: string): JsonText {
  if (value === undefined) return null;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : text;
  } catch (err) {
    throw new TypeError(`${what} cannot be converted to JSON: ${(err as Error).message}`);
  }
}

export function completeWorkflow(result: unknown): void {
  if (state.closed) return;
  try {
    const text = toJson(result, 'the workflow result');
    state.closed = true;
    pushCommand({ type: 'complete', result: text });
  } catch (err) {
    state.taskFailure = errorToFailureData(err);
  }
}

/** Ends the workflow for an error thrown by its function or one of its handlers. */
export function endWorkflowWith(err: unknown): void {
  if (state.closed) return;
  if (err instanceof ContinueAsNew) {
    state.closed = true;
    pushCommand({ type: 'continueAsNew', args: err.args, options: err.options });
  } else if (state.cancelRequested && isCancellation(err)) {
    state.closed = true;
    pushCommand({ type: 'cancelWorkflow' });
  } else if (err instanceof RepriseFailure) {
    state.closed = true;
    pushCommand({ type: 'fail', failure: errorToFailureData(err) });
  } else {
    state.taskFailure = errorToFailureData(err);
  }
}
