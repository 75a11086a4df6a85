import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

describe('generated protobuf code', () => {
  it('is up to date with proto/ (run `npm run proto` after changing a .proto file)', () => {
    const out = mkdtempSync(join(tmpdir(), 'proto-check-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/gen-proto.mjs'), '--out', out]);
    for (const f of ['reprise.js', 'reprise.d.ts']) {
      expect(readFileSync(join(out, f), 'utf8'), `proto/generated/${f} is stale`)
        .toBe(readFileSync(join(ROOT, 'proto/generated', f), 'utf8'));
    }
  });
});

describe('a task\'s events on their way to the workflow thread', () => {
  it('travel length-delimited in one buffer of their own and come back whole', async () => {
    const { encodeHistory, decodeHistory } = await import('../../dist/worker/thread-history.js');
    const { sequentialHistory } = await import('../../dist/bench/histories.js');
    const events = sequentialHistory(60, 'run-1');
    const bytes = encodeHistory(events);
    // Nothing else in its buffer: transferring it hands over exactly the events.
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    const back = decodeHistory(bytes);
    expect(back.map((e) => e.toJSON())).toEqual(events.map((e) => e.toJSON()));
    expect(decodeHistory(encodeHistory([]))).toEqual([]);
  });
});

describe('64-bit fields as plain numbers (proto/protobuf-setup.ts)', () => {
  /** The varint protobuf writes for a 64-bit value, two's complement for negatives (computed with BigInt). */
  function varint(value: number): number[] {
    let v = BigInt.asUintN(64, BigInt(value));
    const out: number[] = [];
    while (v >= 128n) {
      out.push(Number(v & 127n) | 128);
      v >>= 7n;
    }
    out.push(Number(v));
    return out;
  }

  it('writes the bytes protobuf defines and reads back the same number, on both sides of the fast path\'s limit', async () => {
    const { pb } = await import('../../dist/proto/index.js');
    const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 1_795_444_702_933, 2 ** 49 - 1, 2 ** 49,
      2 ** 49 + 1, 2 ** 52 + 3, Number.MAX_SAFE_INTEGER, -1, -128, -(2 ** 40)];
    for (const value of values) {
      // event_time_ms is int64 (field 2), timer_started.start_to_fire_timeout_ms an int64 inside a message.
      const bytes = [...pb.HistoryEvent.encode({ eventId: 0, eventTimeMs: value }).finish()];
      expect(bytes, String(value)).toEqual(value === 0 ? [] : [16, ...varint(value)]);
      const decoded = pb.HistoryEvent.decode(pb.HistoryEvent.encode({ eventId: value, eventTimeMs: value,
        timerStarted: { timerId: 't', startToFireTimeoutMs: value } }).finish());
      expect([decoded.eventId, decoded.eventTimeMs, decoded.timerStarted!.startToFireTimeoutMs], String(value)).toEqual([value, value, value]);
    }
  });
});

describe('oneofs (proto/protobuf-setup.ts)', () => {
  it('setting a oneof\'s name leaves only that member, as protobufjs does; decoding into a message replaces its member', async () => {
    const { pb } = await import('../../dist/proto/index.js');
    const e = pb.HistoryEvent.create({ eventId: 7, timerStarted: { timerId: 'a' }, timerFired: { timerId: 'b' } });
    (e as unknown as { attributes: string }).attributes = 'timerFired';
    expect([e.timerStarted, e.timerFired?.timerId, e.eventId]).toEqual([null, 'b', 7]);
    expect(Object.keys(e).sort()).toEqual(['eventId', 'timerFired']);
    const bytes = pb.HistoryEvent.encode({ eventId: 8, activityTaskCompleted: { scheduledEventId: 5 } }).finish();
    const into = pb.HistoryEvent.decode(bytes, undefined, undefined, undefined, e as never);
    expect([into.timerFired, into.activityTaskCompleted?.scheduledEventId, into.eventId]).toEqual([null, 5, 8]);
  });
});

describe('the history event encoder (proto/history-encoding.ts)', () => {
  it('writes the bytes of the generated encoder, whatever the event holds', async () => {
    const { pb, EVENT_FIELDS } = await import('../../dist/proto/index.js');
    const { generatedHistoryEventEncode } = await import('../../dist/proto/history-encoding.js');
    const { sequentialHistory } = await import('../../dist/bench/histories.js');
    // Attributes as a real history holds them (given to any member: each side encodes them with the same
    // generated encoder of that member's type), empty ones, and members set to nothing.
    const samples = sequentialHistory(20, 'run-1').flatMap((e) => EVENT_FIELDS.flatMap((f) => (e[f] != null ? [e[f]] : [])));
    const int64 = fc.oneof(fc.constant(0), fc.nat(), fc.maxSafeNat(), fc.integer({ min: -(2 ** 40), max: -1 }));
    const members = fc.dictionary(fc.constantFrom(...EVENT_FIELDS), fc.constantFrom<unknown>({}, null, undefined, ...samples),
      { maxKeys: 3 });
    fc.assert(fc.property(fc.option(int64), fc.option(int64), members, fc.boolean(), (eventId, eventTimeMs, attributes, asMessage) => {
      const plain = { ...(eventId === null ? {} : { eventId }), ...(eventTimeMs === null ? {} : { eventTimeMs }), ...attributes };
      const event = asMessage ? pb.HistoryEvent.create(plain as never) : plain;
      expect(Buffer.from(pb.HistoryEvent.encode(event).finish())).toEqual(Buffer.from(generatedHistoryEventEncode(event).finish()));
    }), { numRuns: 3_000 });
  });
});
