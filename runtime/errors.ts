import { status } from '@grpc/grpc-js';

/** An error that the gRPC layer turns into a status with this code and message. */
export class ServiceError extends Error {
  constructor(readonly code: status, message: string) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const invalidArgument = (field: string, problem: string) =>
  new ServiceError(status.INVALID_ARGUMENT, `${field}: ${problem}`);
export const notFound = (message: string) => new ServiceError(status.NOT_FOUND, message);
export const alreadyExists = (message: string) => new ServiceError(status.ALREADY_EXISTS, message);
export const failedPrecondition = (message: string) => new ServiceError(status.FAILED_PRECONDITION, message);

/** Thrown inside a transaction when another writer changed the run first; the transaction is retried. */
export class ConflictError extends Error {
  constructor(message = 'run was changed concurrently') {
    super(message);
    this.name = 'ConflictError';
  }
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

/** True when the error says the database cannot be reached (as opposed to a bad query). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && CONNECTION_ERROR_CODES.has(e.code)) return true;
  const m = e.message ?? '';
  // A Unix socket whose server is down is a missing file (ENOENT) rather than a refused connection.
  return /Connection terminated|connect ECONNREFUSED|connect ENOENT .*\.s\.PGSQL|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(m);
}

/** Maps any error to a ServiceError that is safe to send to a caller. */
export function toServiceError(err: unknown): ServiceError {
  if (err instanceof ServiceError) return err;
  if (isDatabaseUnavailable(err)) {
    return new ServiceError(status.UNAVAILABLE, `database unavailable: ${(err as Error).message}; retry when it is back`);
  }
  return new ServiceError(status.INTERNAL, `internal error: ${(err as Error)?.message ?? String(err)}`);
}
