import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import type { Logger } from './logger.js';
import { toServiceError } from './errors.js';

/** Adapts an async handler to grpc-js: errors become a status with a message, never a crash. */
export function unary<Req, Res>(logger: Logger, name: string, fn: (req: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res>) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => {
    fn(call.request, call).then(
      (res) => callback(null, res),
      (err) => {
        const e = toServiceError(err);
        if (e.code === 13) logger.error({ err: (err as Error)?.stack ?? String(err), method: name }, 'request failed');
        callback({ code: e.code, details: e.message });
      });
  };
}

/** What a call's signal aborts with: abort() without a reason builds a DOMException, stack and all. */
const CALL_ENDED = 'the call ended';

/**
 * An AbortSignal that fires when the caller cancels or goes away (grpc-js also says 'cancelled' at the end of
 * every call that streams its response, such as a result wait).
 */
export function callSignal(call: { on(event: 'cancelled', fn: () => void): unknown }): AbortSignal {
  const ac = new AbortController();
  call.on('cancelled', () => ac.abort(CALL_ENDED));
  return ac.signal;
}
