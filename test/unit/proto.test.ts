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
