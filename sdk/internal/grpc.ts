/** gRPC plumbing shared by the client and the worker. Node side only. */
import { credentials, makeGenericClientConstructor, status, type Client, type ServiceError as GrpcError } from '@grpc/grpc-js';
import { ConnectionError, ServiceError } from '../client/errors.js';

export const DEFAULT_ADDRESS = '127.0.0.1:7233';

export function makeClient(definition: Parameters<typeof makeGenericClientConstructor>[0], address: string): Client {
  const Ctor = makeGenericClientConstructor(definition, 'reprise');
  return new Ctor(address, credentials.createInsecure(), {
    'grpc.keepalive_time_ms': 30_000,
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.max_receive_message_length': 128 * 1024 * 1024,
    // Nothing reads channelz here; its bookkeeping costs CPU on every call and message (runtime/server.ts).
    'grpc.enable_channelz': 0,
  });
}

/** Waits until the channel is connected; a ConnectionError names the address when it is not within `timeoutMs`. */
export function waitForReady(client: Client, address: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) =>
    client.waitForReady(Date.now() + timeoutMs, (err) =>
      err ? reject(new ConnectionError(`cannot reach the Reprise server at ${address}: ${err.message}` +
        ' (is it running? start one with `npx reprise dev`)')) : resolve()));
}

/** Calls a unary method and returns a promise; gRPC errors become ServiceError. */
export function call<Req, Res>(client: Client, method: string, req: Req, opts: { deadlineMs?: number } = {}): Promise<Res> {
  const fn = (client as unknown as Record<string, Function>)[method]!;
  return new Promise((resolve, reject) => {
    const options = opts.deadlineMs ? { deadline: Date.now() + opts.deadlineMs } : {};
    fn.call(client, req, options, (err: GrpcError | null, res: Res) => (err ? reject(fromGrpcError(err)) : resolve(res)));
  });
}

export function fromGrpcError(err: GrpcError): ServiceError {
  if (err.code === status.UNAVAILABLE) return new ConnectionError(err.details || err.message, err.code);
  return new ServiceError(err.details || err.message, err.code);
}
