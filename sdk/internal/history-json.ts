/**
 * History as plain JSON: `{ events: [{ eventId, eventType, eventTime, ...attributes }] }`. Bytes are base64,
 * enums are names, times are ISO strings. The form survives JSON.stringify / JSON.parse and converts back to
 * the wire events exactly (the replayer reads it).
 */
import { EVENT_FIELDS, eventFieldOf, pb, v1, type EventField } from '../../proto/index.js';

export interface HistoryEventJSON {
  eventId: number;
  eventType: string;
  eventTime: string;
  [attribute: string]: unknown;
}

export interface HistoryJSON {
  events: HistoryEventJSON[];
}

const typeName = (field: EventField) => field[0]!.toUpperCase() + field.slice(1);
const FIELD_BY_TYPE = new Map(EVENT_FIELDS.map((f) => [typeName(f), f]));

export function historyToJSON(events: v1.IHistoryEvent[]): HistoryJSON {
  return {
    events: events.map((e) => {
      const event = e instanceof pb.HistoryEvent ? e : pb.HistoryEvent.fromObject(e);
      const field = eventFieldOf(event);
      const attrs = pb.HistoryEvent.toObject(event, { bytes: String, enums: String, longs: Number })[field] as Record<string, unknown>;
      return { eventId: Number(event.eventId), eventType: typeName(field), eventTime: new Date(Number(event.eventTimeMs)).toISOString(), ...attrs };
    }),
  };
}

export function historyFromJSON(json: HistoryJSON | string): v1.HistoryEvent[] {
  const parsed = typeof json === 'string' ? (JSON.parse(json) as HistoryJSON) : json;
  if (!parsed || !Array.isArray(parsed.events)) throw new TypeError('history: expected an object with an "events" array');
  return parsed.events.map((e, i) => {
    const { eventId, eventType, eventTime, ...attrs } = e;
    const field = FIELD_BY_TYPE.get(eventType);
    if (!field) throw new TypeError(`history.events[${i}].eventType: '${eventType}' is not an event type`);
    const time = Date.parse(eventTime);
    if (!Number.isFinite(time)) throw new TypeError(`history.events[${i}].eventTime: '${eventTime}' is not a time`);
    return pb.HistoryEvent.fromObject({ eventId, eventTimeMs: time, [field]: attrs });
  });
}
