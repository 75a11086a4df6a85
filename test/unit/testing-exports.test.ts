import { describe, expect, it } from 'vitest';

describe('reprise/testing', () => {
  it('resolves through the package exports and converts histories', async () => {
    const testing = await import('reprise/testing');
    const json = { events: [{ eventId: 1, eventType: 'TimerFired', eventTime: '2026-01-01T00:00:00.000Z', timerId: '1', startedEventId: 0 }] };
    const events = testing.historyFromJSON(JSON.stringify(json));
    expect(events[0]!.timerFired?.timerId).toBe('1');
    expect(testing.historyToJSON(events).events[0]).toMatchObject({ eventId: 1, eventType: 'TimerFired', timerId: '1' });
  });
});
