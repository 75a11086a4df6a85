// tsc does not copy the generated protobuf module; put it where dist/proto/index.js imports it from.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'proto', 'generated');
mkdirSync(out, { recursive: true });
for (const f of ['reprise.js', 'reprise.d.ts']) copyFileSync(join(root, 'proto', 'generated', f), join(out, f));
