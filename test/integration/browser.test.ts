// The web console in a real headless Chromium (Debian's package, driven by playwright-core): the list shows a
// running workflow, its page shows the timeline and the pending activity, and cancelling it from the page with
// a reason ends the run as cancelled with the reason in its history. Screenshots go to test-results/screenshots.
import { describe, expect, it, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Client } from 'reprise/client';
import { Worker } from 'reprise/worker';
import type { RunningServer } from '../../dist/runtime/server.js';
import { CHROMIUM_ARGS, ensureChromium } from '../browser.js';
import { createLogger } from '../../dist/runtime/logger.js';
import { eventually, heartbeatUntilCancelled, ROOT, useTestServer } from '../helpers.js';

const WORKFLOWS = join(ROOT, 'test', 'fixtures', 'console-workflows.ts');
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const browserFound = ensureChromium();
if ('missing' in browserFound) console.warn(`browser test skipped: ${browserFound.missing}`);

let server: RunningServer;
let client: Client;
let browser: Browser | undefined;
const undone: string[] = [];
useTestServer((s, c) => {
  server = s;
  client = c;
}, [], { consolePort: 0 });
afterAll(async () => {
  await browser?.close();
});

describe('web console in Chromium', () => {
  it('lists a running workflow, shows its timeline and pending activity, cancels it with a reason, resets and terminates it', async (ctx) => {
    if ('missing' in browserFound) return ctx.skip(`no Chromium: ${browserFound.missing}`);
    const worker = await Worker.create({ address: server.address, taskQueue: 'console', workflowsPath: WORKFLOWS,
      logger: createLogger('test', 'silent'), activities: {
        step: async (n: string) => n,
        undo: async (what: string) => { undone.push(what); return 'undone'; },
        flaky: async () => { throw new Error('down'); },
        async hold(what: string): Promise<string> {
          await heartbeatUntilCancelled(2400);
          return what;
        },
      } });
    const running = worker.run();
    try {
      const workflowId = `browser-${Date.now().toString(36)}`;
      const handle = await client.workflow.start('holding', { taskQueue: 'console', workflowId, args: ['pallet-7'] });
      await eventually(async () => (await handle.describe()).pendingActivities[0]?.state === 'STARTED', 20_000, 'the activity to start');

      browser = await chromium.launch({ executablePath: browserFound.path, args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      mkdirSync(SHOTS, { recursive: true });

      await page.goto(server.consoleUrl!);
      const row = page.getByTestId('workflow-row').filter({ hasText: workflowId });
      await row.waitFor({ timeout: 15_000 });
      expect(await row.getByTestId('status').textContent()).toBe('RUNNING');
      expect(Number(await page.getByTestId('tab-RUNNING').locator('.count').textContent())).toBeGreaterThanOrEqual(1);
      await page.screenshot({ path: join(SHOTS, 'workflows.png'), fullPage: true });

      await row.getByRole('link', { name: workflowId }).click();
      await page.getByTestId('timeline').waitFor();
      expect(await page.getByTestId('workflow-id').textContent()).toBe(workflowId);
      await page.locator('[data-testid=event][data-event-type=ActivityTaskScheduled]').waitFor();
      const activity = page.getByTestId('pending-activity');
      await activity.waitFor();
      expect(await activity.textContent()).toContain('hold');
      expect(await activity.textContent()).toContain('STARTED');
      await expect.poll(() => page.getByTestId('expected-signals').textContent().catch(() => '')).toContain('Signals handled: none');
      // An event opens to its decoded attributes.
      await page.locator('[data-testid=event][data-event-type=ActivityTaskScheduled] summary').click();
      expect(await page.locator('[data-testid=event][data-event-type=ActivityTaskScheduled] pre').textContent()).toContain('"pallet-7"');
      await page.screenshot({ path: join(SHOTS, 'workflow.png'), fullPage: true });

      // Cancel from the page: the reason is required.
      await page.getByTestId('action-cancel').click();
      await page.getByTestId('action-identity').fill('browser test');
      await page.getByTestId('action-reason').fill('customer withdrew the order');
      await page.getByTestId('action-submit').click();
      await expect.poll(() => page.getByTestId('facts').getByTestId('status').textContent(), { timeout: 20_000 }).toBe('CANCELED');
      await page.locator('[data-testid=event][data-event-type=WorkflowExecutionCanceled]').waitFor();
      await page.screenshot({ path: join(SHOTS, 'workflow-cancelled.png'), fullPage: true });

      expect((await handle.describe()).status).toBe('CANCELED');
      const requested = (await handle.fetchHistory()).events.find((e) => e.eventType === 'WorkflowExecutionCancelRequested');
      expect(requested).toMatchObject({ reason: 'customer withdrew the order', identity: 'browser test' });
      expect(undone).toEqual(['pallet-7']);

      // Reset the cancelled run to its first workflow task from the page: the new run holds the pallet again.
      await page.getByTestId('action-reset').click();
      expect(await page.getByTestId('reset-event').locator('option').count()).toBeGreaterThanOrEqual(1);
      await page.getByTestId('action-reason').fill('the customer came back');
      await page.getByTestId('action-submit').click();
      await page.waitForURL((u) => u.href.includes('runId=') && !u.href.includes(handle.firstExecutionRunId!));
      const newRunId = new URL(page.url().replace('#/', '')).searchParams.get('runId')!;
      expect(newRunId).not.toBe(handle.firstExecutionRunId);
      await expect.poll(() => page.getByTestId('facts').getByTestId('status').textContent(), { timeout: 20_000 }).toBe('RUNNING');
      await page.getByTestId('pending-activity').waitFor({ timeout: 20_000 });
      const failed = (await client.workflow.getHandle(workflowId, newRunId).fetchHistory()).events
        .find((e) => e.eventType === 'WorkflowTaskFailed');
      expect(failed).toMatchObject({ cause: 'ResetWorkflow', reason: 'the customer came back', identity: 'browser test' });

      // Terminate needs the reason: the dialog does not submit without one.
      await page.getByTestId('action-terminate').click();
      await page.getByTestId('action-submit').click();
      expect(await page.locator('dialog#action').getAttribute('open')).not.toBeNull();
      await page.getByTestId('action-reason').fill('done testing');
      await page.getByTestId('action-submit').click();
      await expect.poll(() => page.getByTestId('facts').getByTestId('status').textContent(), { timeout: 20_000 }).toBe('TERMINATED');
      expect(errors).toEqual([]);
    } finally {
      await worker.shutdown();
      await running;
    }
  });
});
