/**
 * A small language of workflow programs for the property tests: sequences and parallel branches of activities,
 * timers, branches on activity results, and (at the top level) uses of Math.random() and Date.now(). A program
 * compiles to the source of a real workflow function and evaluates in memory to the result that workflow must
 * return.
 */
import fc from 'fast-check';

export type Step =
  | { k: 'act'; name: string }
  | { k: 'timer'; ms: number }
  | { k: 'par'; branches: Step[][] }
  | { k: 'if'; then: Step[]; else: Step[] };
/** `echo` appears only in mutated programs: an activity of a type the generated programs never use. */
export type TopStep = Step | { k: 'rand' } | { k: 'now' } | { k: 'echo' };
export type Program = TopStep[];

/** The change a mutation makes to the top-level sequence of a program. */
export type Mutation =
  | { kind: 'retype'; index: number }
  | { kind: 'add'; index: number }
  | { kind: 'remove'; index: number }
  | { kind: 'swap'; index: number };

const actArb = fc.constantFrom('a', 'b', 'c', 'd', 'e').map((name): Step => ({ k: 'act', name }));
const timerArb = fc.integer({ min: 10, max: 200 }).map((ms): Step => ({ k: 'timer', ms }));
const leafArb = fc.oneof(actArb, timerArb);

function stepArb(depth: number): fc.Arbitrary<Step> {
  if (depth === 0) return leafArb;
  const seq = fc.array(stepArb(depth - 1), { maxLength: 3 });
  return fc.oneof(
    { weight: 5, arbitrary: leafArb },
    { weight: 1, arbitrary: fc.array(seq, { minLength: 2, maxLength: 3 }).map((branches): Step => ({ k: 'par', branches })) },
    { weight: 1, arbitrary: fc.tuple(seq, seq).map(([then, other]): Step => ({ k: 'if', then, else: other })) },
  );
}

export const programArb: fc.Arbitrary<Program> = fc.array(fc.oneof(
  { weight: 5, arbitrary: stepArb(2) as fc.Arbitrary<TopStep> },
  { weight: 1, arbitrary: fc.constant<TopStep>({ k: 'rand' }) },
  { weight: 1, arbitrary: fc.constant<TopStep>({ k: 'now' }) },
), { minLength: 1, maxLength: 7 });

/** The branch condition: a hash of the value so far (the same function is compiled into the workflow). */
export function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export interface Evaluation {
  acc: string;
  rands: number[];
  /** Commands the workflow records for each top-level step (activities, timers). */
  commandsPerStep: number[];
  /** Activities the program runs (each at least once). */
  activities: number;
}

/** Runs a program in memory: activities are `step(name, input) = input + '>' + name`; random comes from `random`. */
export function evaluate(program: Program, random: () => number): Evaluation {
  const rands: number[] = [];
  const commandsPerStep: number[] = [];
  let activities = 0;
  const seq = (steps: Step[], acc: string): { acc: string; commands: number } => {
    let commands = 0;
    for (const s of steps) {
      const r = step(s, acc);
      acc = r.acc;
      commands += r.commands;
    }
    return { acc, commands };
  };
  const step = (s: Step, acc: string): { acc: string; commands: number } => {
    switch (s.k) {
      case 'act':
        activities++;
        return { acc: `${acc}>${s.name}`, commands: 1 };
      case 'timer': return { acc, commands: 1 };
      case 'par': {
        const results = s.branches.map((b) => seq(b, acc));
        return { acc: `(${results.map((r) => r.acc).join('|')})`, commands: results.reduce((n, r) => n + r.commands, 0) };
      }
      case 'if': return seq((hash(acc) & 1) === 0 ? s.then : s.else, acc);
    }
  };
  let acc = 'start';
  for (const s of program) {
    if (s.k === 'rand') {
      const r = random();
      rands.push(r);
      acc = `${acc}~${r < 0.5 ? 'lo' : 'hi'}`;
      commandsPerStep.push(1);
      activities++;
    } else if (s.k === 'now') {
      commandsPerStep.push(1);
      activities++;
    } else if (s.k === 'echo') {
      throw new Error('echo steps belong to mutated programs, which are replayed, not evaluated');
    } else {
      const r = step(s, acc);
      acc = r.acc;
      commandsPerStep.push(r.commands);
    }
  }
  return { acc, rands, commandsPerStep, activities };
}

function compileSeq(steps: Step[], indent: string): string {
  return steps.map((s) => compileStep(s, indent)).join('');
}

function compileStep(s: Step | TopStep, indent: string): string {
  switch (s.k) {
    case 'act': return `${indent}acc = await step(${JSON.stringify(s.name)}, acc);\n`;
    case 'timer': return `${indent}await sleep(${s.ms});\n`;
    case 'par': {
      const branches = s.branches.map((b) => `${indent}  (async (acc: string) => {\n${compileSeq(b, `${indent}    `)}${indent}    return acc;\n${indent}  })(acc),\n`);
      return `${indent}acc = '(' + (await Promise.all([\n${branches.join('')}${indent}])).join('|') + ')';\n`;
    }
    case 'if':
      return `${indent}if ((hash(acc) & 1) === 0) {\n${compileSeq(s.then, `${indent}  `)}${indent}} else {\n${compileSeq(s.else, `${indent}  `)}${indent}}\n`;
    case 'rand':
      return `${indent}{ const r = await note('rand', Math.random()); rands.push(r); acc += r < 0.5 ? '~lo' : '~hi'; }\n`;
    case 'now':
      return `${indent}nows.push(await note('now', Date.now()));\n`;
    case 'echo':
      return `${indent}acc = String(await echo(acc));\n`;
  }
}

/** A workflows file exporting each program as `p0`, `p1`, ... */
export function compile(programs: Program[]): string {
  const fns = programs.map((p, i) => `export async function p${i}(): Promise<Result> {\n  let acc = 'start';\n  const rands: number[] = [];\n  const nows: number[] = [];\n${compileSeq(p as Step[], '  ')}  return { acc, rands, nows };\n}\n`);
  return `// Generated by test/property/program.ts\nimport { proxyActivities, sleep } from 'reprise/workflow';\n\n` +
    `interface Result { acc: string; rands: number[]; nows: number[] }\n` +
    `const { step, note, echo } = proxyActivities<{\n  step(name: string, input: string): Promise<string>;\n` +
    `  note<T>(label: string, value: T): Promise<T>;\n  echo(...values: unknown[]): Promise<unknown[]>;\n}>({\n` +
    `  startToCloseTimeout: '1s', retry: { initialInterval: '50ms', backoffCoefficient: 1 },\n});\n` +
`function hash(s: string): number {\n  let h = 0;\n  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;\n  return h;\n}\n\n` +
    fns.join('\n');
}

function firstCommandKind(s: TopStep | undefined): 'activity' | 'timer' | 'note' | 'end' | 'other' {
  if (s === undefined) return 'end';
  if (s.k === 'act') return 'activity';
  if (s.k === 'timer') return 'timer';
  return s.k === 'rand' || s.k === 'now' ? 'note' : 'other';
}

/**
 * The mutations of a program's top level that certainly diverge at the first command of the mutated step:
 * another activity type, an added activity of a type the program does not use, a removed activity or timer
 * followed by a command of another kind, and an activity swapped with a neighbouring timer.
 */
export function mutations(program: Program): Mutation[] {
  const out: Mutation[] = [];
  for (let i = 0; i <= program.length; i++) {
    out.push({ kind: 'add', index: i });
    const s = program[i];
    if (!s) continue;
    if (s.k === 'act') out.push({ kind: 'retype', index: i });
    const next = firstCommandKind(program[i + 1]);
    if ((s.k === 'act' && ['timer', 'note', 'end'].includes(next)) || (s.k === 'timer' && ['activity', 'note', 'end'].includes(next))) {
      out.push({ kind: 'remove', index: i });
    }
    if ((s.k === 'act' && next === 'timer') || (s.k === 'timer' && next === 'activity')) out.push({ kind: 'swap', index: i });
  }
  return out;
}

/** The mutated program's source: `act` steps become `echo(...)` calls for 'retype' and 'add'. */
export function mutate(program: Program, m: Mutation): Program {
  const p = [...program];
  switch (m.kind) {
    case 'retype': p[m.index] = { k: 'echo' }; break;
    case 'add': p.splice(m.index, 0, { k: 'echo' }); break;
    case 'remove': p.splice(m.index, 1); break;
    case 'swap': [p[m.index], p[m.index + 1]] = [p[m.index + 1]!, p[m.index]!]; break;
  }
  return p;
}
