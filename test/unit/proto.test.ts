import { describe, expect, it } from 'vitest';
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
