import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { WorkflowBundleError } from './errors.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The sandbox side of the SDK, as built next to this file. */
const WORKFLOW_API = resolve(here, '..', 'sdk', 'workflow', 'index.js');
const ACTIVATOR = resolve(here, '..', 'sdk', 'workflow', 'internal', 'activator.js');
const REALM = resolve(here, '..', 'sdk', 'workflow', 'internal', 'realm.js');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export interface WorkflowBundle {
  /**
   * The workflows and the SDK as one script that declares `__reprise_bundle`, whose `api` is the run's RunApi
   * (sdk/workflow/internal/realm.ts); it reads the worker's loans from a free `__reprise_host`. The worker wraps
   * it in a function and calls that once per run. Ends with an inline source map.
   */
  code: string;
  /** The shared layer of the sandbox's context (realm.ts), evaluated once per context. */
  realm: string;
  /** The directory the source map's paths are relative to. */
  sourceRoot: string;
  /** Milliseconds esbuild took. */
  bundleMs: number;
}

/**
 * Bundles a workflows file (.ts or .js, with everything it imports) into one script for the sandbox. The user's
 * `reprise/workflow` import is pointed at this worker's own copy of the SDK, so the activator and the workflow
 * API share their state. An import of a Node built-in, however deep, fails with the chain of imports that led
 * to it.
 */
export async function bundleWorkflows(workflowsPath: string): Promise<WorkflowBundle> {
  const entryPath = resolve(workflowsPath);
  if (!existsSync(entryPath)) throw new WorkflowBundleError(`workflowsPath: ${entryPath} does not exist`);
  const importedBy = new Map<string, string>();
  const chainOf = (file: string) => {
    const chain = [file];
    for (let f = importedBy.get(file); f && chain.length < 50; f = importedBy.get(f)) chain.unshift(f);
    return chain.map((p) => relative(process.cwd(), p) || p).join(' -> ');
  };
  const guard: Plugin = {
    name: 'reprise-sandbox',
    setup(b) {
      b.onResolve({ filter: /^reprise\/workflow$/ }, () => ({ path: WORKFLOW_API }));
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.reprise) return undefined;
        if (BUILTINS.has(args.path)) {
          return { errors: [{ text: `workflow code may not import the Node module '${args.path}': workflows run in a ` +
            `deterministic sandbox without Node APIs; do such work in an activity. Import chain: ` +
            `${chainOf(args.importer)} -> ${args.path}` }] };
        }
        if (args.kind === 'entry-point') return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer,
          pluginData: { reprise: true } });
        if (r.errors.length > 0) return { errors: r.errors };
        if (args.importer) importedBy.set(r.path, args.importer);
        return { path: r.path, namespace: r.namespace, external: r.external, sideEffects: r.sideEffects, suffix: r.suffix };
      });
    },
  };
  const entry = `import * as workflows from ${JSON.stringify(entryPath)};\n` +
    `import { install } from ${JSON.stringify(ACTIVATOR)};\nexport const api = install(workflows, __reprise_host);\n`;
  const t0 = performance.now();
  try {
    const [out, realm] = await Promise.all([build({
      stdin: { contents: entry, resolveDir: dirname(entryPath), sourcefile: '<reprise-entry>', loader: 'js' },
      bundle: true, write: false, format: 'iife', globalName: '__reprise_bundle', platform: 'neutral', target: 'es2022',
      mainFields: ['module', 'main'], conditions: ['import', 'default'], sourcemap: 'inline', logLevel: 'silent',
      plugins: [guard],
    }), realmScript()]);
    return { code: out.outputFiles[0]!.text, realm, sourceRoot: process.cwd(), bundleMs: performance.now() - t0 };
  } catch (err) {
    const errors = (err as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors;
    if (!errors) throw err;
    const lines = errors.map((e) => (e.location ? `${e.location.file}:${e.location.line}: ` : '') + e.text);
    throw new WorkflowBundleError(`cannot bundle ${relative(process.cwd(), entryPath) || entryPath} for the workflow sandbox:\n  ${lines.join('\n  ')}`);
  }
}

let realmText: Promise<string> | undefined;

/** realm.ts as a script (built once per process: it holds no user code). */
function realmScript(): Promise<string> {
  realmText ??= build({ entryPoints: [REALM], bundle: true, write: false, format: 'iife', platform: 'neutral',
    target: 'es2022', logLevel: 'silent' }).then((out) => out.outputFiles[0]!.text, (err: unknown) => {
    realmText = undefined; // the next bundle tries again
    throw err;
  });
  return realmText;
}
