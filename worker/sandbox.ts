import vm from 'node:vm';
import type { Activation, ActivationResult } from '../sdk/common/activation.js';
import type { WorkflowBundle } from './bundler.js';

const ACTIVATE = new vm.Script('__reprise.activate(__reprise_input)', { filename: 'reprise-activate' });
const COLLECT = new vm.Script('__reprise.collect()', { filename: 'reprise-collect' });

/**
 * Workflow code compiled once; each run gets a fresh vm context (its own globals, so nothing leaks between
 * runs) with only JavaScript's built-ins, deterministic Date and Math.random, and a console that stays quiet
 * while replaying.
 */
export class WorkflowCode {
  readonly workflowTypes: string[];
  private readonly script: vm.Script;

  constructor(bundle: WorkflowBundle) {
    this.script = new vm.Script(bundle.code, { filename: 'workflows-bundle.js' });
    const probe = this.newSandbox(5_000, () => undefined);
    this.workflowTypes = JSON.parse(probe.evaluate('__reprise.workflowTypes()') as string) as string[];
  }

  newSandbox(deadlineMs: number, log: (level: 'log' | 'info' | 'warn' | 'error' | 'debug', args: unknown[]) => void): WorkflowSandbox {
    const console = Object.fromEntries((['log', 'info', 'warn', 'error', 'debug'] as const)
      .map((level) => [level, (...args: unknown[]) => log(level, args)]));
    const context = vm.createContext({ console }, {
      codeGeneration: { strings: false, wasm: false },
      microtaskMode: 'afterEvaluate',
    });
    this.script.runInContext(context, { timeout: deadlineMs });
    return new WorkflowSandbox(context, deadlineMs);
  }
}

export class WorkflowSandbox {
  constructor(private readonly context: vm.Context, private readonly deadlineMs: number) {}

  evaluate(code: string): unknown {
    return vm.runInContext(code, this.context, { timeout: this.deadlineMs });
  }

  /**
   * Runs one activation: applies its jobs, lets workflow code run until every coroutine is blocked (the
   * context's microtasks drain at the end of the call, within the deadline), and returns the new commands.
   */
  activate(activation: Activation): ActivationResult {
    this.context.__reprise_input = JSON.stringify(activation);
    ACTIVATE.runInContext(this.context, { timeout: this.deadlineMs });
    return JSON.parse(COLLECT.runInContext(this.context, { timeout: this.deadlineMs }) as string) as ActivationResult;
  }
}
