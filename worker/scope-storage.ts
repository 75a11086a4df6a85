import { promiseHooks } from 'node:v8';

/**
 * The async context of workflow code (its current CancellationScope), carried across awaits by V8's promise
 * hooks rather than by Node's AsyncLocalStorage. Node's async_hooks push an async ID for every promise reaction;
 * when the sandbox's deadline interrupts workflow code inside a microtask, that stack is left unbalanced and Node
 * aborts the process (nodejs/node#38503). These hooks keep only one slot, which a timeout cannot corrupt.
 *
 * The slot is per thread: only one sandbox runs at a time, every promise remembers the slot's value when it was
 * created, and a reaction restores it while it runs.
 *
 * The hooks go in when a scope is first set (`run`), not before: with promise hooks on, V8 calls into them for
 * every promise, which made replay some 8% slower. Until then the slot is empty, which is what a promise made
 * then would have remembered anyway. The SDK runs the root scope without setting it (an empty slot means the
 * root), so code that never opens a scope of its own never turns them on.
 */
const SLOT = Symbol('reprise.asyncContext');
let current: unknown;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  promiseHooks.createHook({
    init(promise) {
      if (current !== undefined) (promise as unknown as Record<symbol, unknown>)[SLOT] = current;
    },
    before(promise) {
      current = (promise as unknown as Record<symbol, unknown>)[SLOT];
    },
    after() {
      current = undefined;
    },
  });
}

/** Whether this thread's promise hooks are on (for tests). */
export function scopeHooksInstalled(): boolean {
  return installed;
}

/** The AsyncLocalStorage-shaped store lent to the sandbox (run/getStore), one value for the whole thread. */
export class ScopeStorage<T> {
  run<R>(store: T, fn: () => R): R {
    if (store !== undefined) install();
    const previous = current;
    current = store;
    try {
      return fn();
    } finally {
      current = previous;
    }
  }

  getStore(): T | undefined {
    return current as T | undefined;
  }
}

/** Clears the slot after an activation (a timeout may have left it set). */
export function resetScope(): void {
  current = undefined;
}
