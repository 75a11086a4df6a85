import { describe, expect, it } from 'vitest';
import { Context, type ActivityInfo } from 'reprise/activity';

const contextOf = (activityId: string) => new Context({ activityId } as ActivityInfo,
  { signal: new AbortController().signal, heartbeat: () => undefined });
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('Context.current() (sdk/activity/context.ts)', () => {
  it('follows each activity across its awaits while others start and end; its storage is off while none runs', async () => {
    const seen: string[] = [];
    const activity = (id: string, ticks: number) => Context.run(contextOf(id), async () => {
      for (let i = 0; i < ticks; i++) {
        await tick();
        seen.push(`${id}:${Context.current().info.activityId}`);
      }
      // Work left behind, still running when every activity has ended.
      if (id === 'a') void tick().then(() => tick()).then(() => tick()).then(() => tick()).then(() => tick()).then(() => tick())
        .then(() => { try { seen.push(`late:${Context.current().info.activityId}`); } catch { seen.push('late:none'); } });
      return id;
    });
    // b ends first while a and c still run: the storage must stay on for them.
    expect(await Promise.all([activity('a', 3), activity('b', 1), activity('c', 4)])).toEqual(['a', 'b', 'c']);
    expect(seen.filter((s) => !s.startsWith('late')).every((s) => s.split(':')[0] === s.split(':')[1])).toBe(true);
    expect(seen.filter((s) => !s.startsWith('late'))).toHaveLength(8);
    expect(() => Context.current()).toThrow(/only be called while an activity runs/);
    await new Promise((r) => setTimeout(r, 80));
    expect(seen.filter((s) => s.startsWith('late'))).toEqual(['late:none']);
    // The next activity has its context again, after a synchronous one that threw.
    expect(() => Context.run(contextOf('sync'), () => { throw new Error('sync failure'); })).toThrow('sync failure');
    expect(await Context.run(contextOf('d'), async () => {
      await tick();
      return Context.current().info.activityId;
    })).toBe('d');
  });
});
