// Generates proto/generated/reprise.{js,d.ts} from proto/reprise/v1/*.proto with protobufjs.
// `node scripts/gen-proto.mjs --out DIR` writes elsewhere (the staleness test compares the two).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(root, 'proto', 'generated');
mkdirSync(outDir, { recursive: true });
const protoDir = join(root, 'proto', 'reprise', 'v1');
const files = readdirSync(protoDir).filter((f) => f.endsWith('.proto')).sort().map((f) => join(protoDir, f));
const bin = join(root, 'node_modules', 'protobufjs-cli', 'bin');
const pbjs = (out, extra) => execFileSync(process.execPath, [join(bin, 'pbjs'), '-t', 'static-module', '-w', 'esm',
  '--force-number', '--dependency', 'protobufjs/minimal.js', '--no-service', '--no-verify', '--no-delimited',
  '--no-typeurl', ...extra, '-p', join(root, 'proto'), '-o', out, ...files], { stdio: 'inherit' });

// pbts reads the JSDoc of the commented build; the shipped JS is the uncommented one.
const scratch = mkdtempSync(join(tmpdir(), 'reprise-proto-'));
try {
  pbjs(join(scratch, 'reprise.js'), []);
  execFileSync(process.execPath, [join(bin, 'pbts'), '--no-comments', '-o', join(outDir, 'reprise.d.ts'),
    join(scratch, 'reprise.js')], { stdio: 'inherit' });
  pbjs(join(outDir, 'reprise.js'), ['--no-comments']);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
