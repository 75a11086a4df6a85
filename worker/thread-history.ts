/** How a workflow task's events travel from the worker's main thread to its workflow thread. */
import protobuf from 'protobufjs/minimal.js';
import { pb, type v1 } from '../proto/index.js';

/**
 * Events as the workflow thread receives them: length-delimited, in one buffer that holds nothing else, so it is
 * handed over (transferred) rather than copied. An encoded message of its own per event was a view into a shared
 * pool of Node's, and a structured clone copies a view's whole underlying buffer.
 */
export function encodeHistory(events: v1.IHistoryEvent[]): Uint8Array {
  const writer = protobuf.Writer.create();
  for (const e of events) {
    writer.fork();
    pb.HistoryEvent.encode(e, writer);
    writer.ldelim();
  }
  const encoded = writer.finish();
  const own = new Uint8Array(encoded.length);
  own.set(encoded);
  return own;
}

export function decodeHistory(bytes: Uint8Array): v1.HistoryEvent[] {
  const reader = protobuf.Reader.create(bytes);
  const events: v1.HistoryEvent[] = [];
  while (reader.pos < reader.len) events.push(pb.HistoryEvent.decode(reader, reader.uint32()));
  return events;
}
