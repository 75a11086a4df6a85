// Imported before the generated code: 64-bit fields (event ids, unix milliseconds) are plain numbers, far below
// 2^53, rather than Long objects. Must run before the generated module computes its field defaults.
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();

// Decoding a message with a oneof (a history event's attributes, a command, a failure) sets the oneof's name, and
// protobufjs's setter then deletes every other member of it: 40 deletes per history event, two thirds of the time
// of decoding one, though a message holds at most one or two of them. The same deletes, of the members the object
// has as its own properties (deleting any other name does nothing): the generated code takes this setter when it
// is evaluated, after this module.
const oneOfSetter = (fieldNames: string[]) => {
  const members = new Set(fieldNames);
  return function set(this: Record<string, unknown>, name: string): void {
    const own = Object.keys(this);
    for (let i = 0; i < own.length; i++) if (own[i] !== name && members.has(own[i]!)) delete this[own[i]!];
  };
};
(protobuf.util as unknown as { oneOfSetter: typeof oneOfSetter }).oneOfSetter = oneOfSetter;

// protobufjs reads and writes every 64-bit varint through a LongBits object (two 32-bit halves), even as plain
// numbers: an allocation and a conversion for each event id and time, the commonest fields of every message. The
// values we send are small non-negative integers, so those go straight between the number and its bytes; the
// rest (negative values, 2^49 and more) take protobufjs's own path, which gives the same number for any value.
type Fast = { buf: Uint8Array; pos: number; len: number };
const { Reader, Writer } = protobuf as unknown as {
  Reader: { prototype: Record<'int64' | 'uint64', (this: Fast) => number> };
  Writer: { prototype: Record<'int64' | 'uint64', (this: Fast & { _reserve(n: number): void }, value: unknown) => unknown> };
};

/** At most 7 bytes of varint (49 bits): below 2^49, summed exactly in a double. */
const FAST_BYTES = 7;

function fastRead(slow: (this: Fast) => number): (this: Fast) => number {
  return function read(this: Fast) {
    const buf = this.buf;
    let pos = this.pos;
    const end = Math.min(this.len, pos + FAST_BYTES);
    let value = 0;
    let scale = 1;
    while (pos < end) {
      const byte = buf[pos++]!;
      value += (byte & 127) * scale;
      if (byte < 128) {
        this.pos = pos;
        return value;
      }
      scale *= 128;
    }
    return slow.call(this); // from the varint's first byte again
  };
}

/** 2^49: the values below take the fast path both ways. */
const FAST_LIMIT = 2 ** (7 * FAST_BYTES);

function fastWrite(slow: (this: Fast & { _reserve(n: number): void }, value: unknown) => unknown) {
  return function write(this: Fast & { _reserve(n: number): void }, value: unknown): unknown {
    if (typeof value !== 'number' || !(value >= 0 && value < FAST_LIMIT) || !Number.isInteger(value)) return slow.call(this, value);
    this._reserve(FAST_BYTES);
    const buf = this.buf;
    let pos = this.pos;
    let rest = value;
    while (rest >= 128) {
      buf[pos++] = (rest % 128) | 128;
      rest = Math.floor(rest / 128);
    }
    buf[pos++] = rest;
    this.pos = pos;
    return this;
  };
}

Reader.prototype.int64 = fastRead(Reader.prototype.int64);
Reader.prototype.uint64 = fastRead(Reader.prototype.uint64);
Writer.prototype.int64 = fastWrite(Writer.prototype.int64);
Writer.prototype.uint64 = fastWrite(Writer.prototype.uint64);
