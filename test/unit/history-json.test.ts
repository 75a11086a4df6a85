import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventFieldOf, pb, EVENT_FIELDS } from '../../dist/proto/index.js';
import { historyFromJSON, historyToJSON } from '../../dist/sdk/internal/history-json.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const payloads = fc.array(fc.jsonValue().map((v) => ({ metadata: { encoding: Buffer.from('json/plain') },
  data: Buffer.from(JSON.stringify(v)) })), { maxLength: 3 }).map((p) => ({ payloads: p }));
const failure = fc.record({ message: fc.string(), stack: fc.string(),
  application: fc.record({ type: fc.string(), nonRetryable: fc.boolean() }) });
const attributes = fc.oneof(
  fc.record({ workflowExecutionStarted: fc.record({ workflowType: fc.string(), taskQueue: fc.string(), input: payloads,
    workflowId: fc.string(), runId: fc.string() }) }),
  fc.record({ activityTaskScheduled: fc.record({ activityId: fc.string(), activityType: fc.string(), input: payloads,
    startToCloseTimeoutMs: fc.nat(), retryPolicy: fc.record({ maximumAttempts: fc.nat(100), backoffCoefficient: fc.double({ min: 1, max: 10, noNaN: true }) }) }) }),
  fc.record({ activityTaskFailed: fc.record({ scheduledEventId: fc.nat(), failure, retryState: fc.integer({ min: 0, max: 4 }) }) }),
  fc.record({ timerStarted: fc.record({ timerId: fc.string(), startToFireTimeoutMs: fc.nat() }) }),
  fc.record({ timerCanceled: fc.record({ timerId: fc.string(), startedEventId: fc.nat() }) }),
  fc.record({ markerRecorded: fc.record({ markerName: fc.string(), details: fc.dictionary(fc.string(), payloads) }) }),
  fc.record({ workflowTaskCompleted: fc.record({ scheduledEventId: fc.nat(), startedEventId: fc.nat(), identity: fc.string() }) }),
);

describe('history as JSON', () => {
  it('property: toJSON then fromJSON (through JSON text) gives back the same wire events', () => {
    fc.assert(fc.property(fc.array(attributes, { maxLength: 8 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (attrs, t0) => {
      const events = attrs.map((a, i) => pb.HistoryEvent.fromObject({ eventId: i + 1, eventTimeMs: t0 + i, ...a }));
      const json = JSON.parse(JSON.stringify(historyToJSON(events)));
      const back = historyFromJSON(json);
      expect(back.map((e) => pb.HistoryEvent.encode(e).finish())).toEqual(events.map((e) => pb.HistoryEvent.encode(e).finish()));
    }));
  });

  it('spreads the attributes beside eventId, eventType and eventTime', () => {
    const [e] = historyToJSON([pb.HistoryEvent.fromObject({ eventId: 7, eventTimeMs: 0, timerStarted: { timerId: '3', startToFireTimeoutMs: 5 } })]).events;
    expect(e).toEqual({ eventId: 7, eventType: 'TimerStarted', eventTime: '1970-01-01T00:00:00.000Z', timerId: '3', startToFireTimeoutMs: 5 });
  });

  it('rejects an unknown event type, naming the event', () => {
    expect(() => historyFromJSON({ events: [{ eventId: 1, eventType: 'Nope', eventTime: '2020-01-01T00:00:00Z' }] }))
      .toThrow("history.events[0].eventType: 'Nope' is not an event type");
  });

  it('EVENT_FIELDS lists exactly the attributes of HistoryEvent in history.proto', () => {
    const proto = readFileSync(join(ROOT, 'proto/reprise/v1/history.proto'), 'utf8');
    const block = /oneof attributes \{([^}]*)\}/.exec(proto)![1]!;
    const fields = [...block.matchAll(/^\s*\w+ (\w+) = \d+;/gm)].map((m) => m[1]!.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()));
    expect([...EVENT_FIELDS]).toEqual(fields);
    for (const f of EVENT_FIELDS) {
      const decoded = pb.HistoryEvent.decode(pb.HistoryEvent.encode(pb.HistoryEvent.fromObject({ eventId: 1, [f]: {} })).finish());
      expect(decoded.attributes).toBe(f);
      expect(eventFieldOf(decoded)).toBe(f);
    }
  });
});
