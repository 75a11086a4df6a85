// A faster encoder for HistoryEvent, the message the runtime encodes most: every event once when it is saved,
// again for every workflow task that carries it to a worker, and the Replayer's once more for its thread.
//
// The generated encoder tests all 41 members of the event's `attributes` oneof (`m.x != null` and an own-property
// check for each) although an event holds one of them; on events of many shapes each test is a slow lookup, and
// the tests were 40% of the time of encoding a history. This one looks at the event's own property names (three
// or four) instead, and writes the same bytes: the same fields, in the same order (by field number), with the
// generated encoders of the attribute messages. test/unit/proto.test.ts holds it to the generated one.
import protobuf from 'protobufjs/minimal.js';
import { reprise } from './generated/reprise.js';

const pb = reprise.v1;
type Encoder = (message: object, writer: protobuf.Writer, depth?: number) => protobuf.Writer;

/** The generated encoder, kept to learn each member's tag from and to test against. */
export const generatedHistoryEventEncode = pb.HistoryEvent.encode.bind(pb.HistoryEvent);

/** The first varint of bytes: a field's tag. */
function firstVarint(bytes: Uint8Array): number {
  const reader = protobuf.Reader.create(bytes);
  return reader.uint32();
}

/**
 * The message fields of HistoryEvent (the oneof's members: the generated prototype holds null for each) with
 * their tags (field number and wire type, as the generated encoder writes the field for an empty message) and
 * the encoders of their types (named as the field, capitalised). Any other field added to HistoryEvent stops the
 * process here, until this encoder writes it too.
 */
function messageFields(): Map<string, { tag: number; encode: Encoder }> {
  const fields = new Map<string, { tag: number; encode: Encoder }>();
  const proto = pb.HistoryEvent.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    if (!('value' in d) || typeof d.value === 'function' || name === 'eventId' || name === 'eventTimeMs') continue;
    const type = (pb as unknown as Record<string, { encode?: Encoder } | undefined>)[name[0]!.toUpperCase() + name.slice(1)];
    if (d.value !== null || typeof type?.encode !== 'function') {
      throw new Error(`HistoryEvent.${name} is a field that proto/history-encoding.ts does not encode`);
    }
    fields.set(name, { tag: firstVarint(generatedHistoryEventEncode({ [name]: {} }).finish()), encode: type.encode.bind(type) });
  }
  return fields;
}

const RECURSION_LIMIT = (protobuf.util as unknown as { recursionLimit: number }).recursionLimit;

/** Whether the generated encoder writes an int64 field of this value (set, and not zero). */
function writesInt64(value: unknown): boolean {
  if (value == null) return false;
  if (typeof value === 'object') {
    const long = value as { low?: number; high?: number };
    return !!(long.low || long.high);
  }
  return value !== 0;
}

/** Puts this encoder in the generated one's place. */
export function installHistoryEventEncoder(): void {
  const fields = messageFields();
  const byTag = (a: string, b: string) => fields.get(a)!.tag - fields.get(b)!.tag;
  pb.HistoryEvent.encode = function encode(message: reprise.v1.IHistoryEvent, writer?: protobuf.Writer, depth = 0): protobuf.Writer {
    writer ??= protobuf.Writer.create();
    if (depth > RECURSION_LIMIT) throw new Error('max depth exceeded');
    const m = message as Record<string, unknown>;
    if (Object.hasOwn(m, 'eventId') && writesInt64(m.eventId)) writer.uint32(8).int64(m.eventId as number);
    if (Object.hasOwn(m, 'eventTimeMs') && writesInt64(m.eventTimeMs)) writer.uint32(16).int64(m.eventTimeMs as number);
    const own = Object.getOwnPropertyNames(m);
    let first: string | undefined;
    let more: string[] | undefined; // not a valid event, but encoded as the generated encoder would
    for (let i = 0; i < own.length; i++) {
      const name = own[i]!;
      if (m[name] == null || !fields.has(name)) continue;
      if (first === undefined) first = name;
      else (more ??= [first]).push(name);
    }
    for (const name of more ? more.sort(byTag) : first !== undefined ? [first] : []) {
      const field = fields.get(name)!;
      field.encode(m[name] as object, writer.uint32(field.tag).fork(), depth + 1).ldelim();
    }
    return writer;
  } as typeof pb.HistoryEvent.encode;
}
