// The Reprise console: a list of workflows and one workflow's page, over the runtime's JSON API (/api).
// No build step and no framework: elements are made with el(), text always goes in as text (never as HTML).

const STATUSES = ['RUNNING', 'COMPLETED', 'FAILED', 'CANCELED', 'TERMINATED', 'CONTINUED_AS_NEW', 'TIMED_OUT'];
const REFRESH_MS = 2000;
const main = document.getElementById('main');
const live = document.getElementById('live');
let refreshTimer;
let renderSeq = 0;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

async function api(path, init) {
  const res = await fetch(path, init && { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(init) });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

const status = (s) => String(s || '').replace('WORKFLOW_EXECUTION_STATUS_', '');
const time = (ms) => (ms ? new Date(Number(ms)).toLocaleString() : '');
const shortTime = (ms) => (ms ? new Date(Number(ms)).toLocaleTimeString() : '');
const badge = (s) => el('span', { class: `badge ${status(s)}`, 'data-testid': 'status' }, status(s));
const json = (v) => el('pre', {}, JSON.stringify(v, null, 2));
const wfLink = (workflowId, runId, text) =>
  el('a', { href: `#/workflow/${encodeURIComponent(workflowId)}${runId ? `?runId=${encodeURIComponent(runId)}` : ''}` }, text ?? workflowId);
function relative(ms) {
  const d = Number(ms) - Date.now();
  const abs = Math.abs(d);
  const text = abs < 60e3 ? `${Math.round(abs / 1e3)}s` : abs < 3600e3 ? `${Math.round(abs / 60e3)}m` : `${(abs / 3600e3).toFixed(1)}h`;
  return d >= 0 ? `in ${text}` : `${text} ago`;
}

function schedule(fn) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => { if (live.checked && !document.getElementById('action').open) fn(); else schedule(fn); }, REFRESH_MS);
}

// ---- The list --------------------------------------------------------------------------------------------

const listState = { status: '', attention: false, type: '', idPrefix: '', taskQueue: '', startedAfter: '', startedBefore: '',
  noProgress: '', pageToken: '', tokens: [] };

function listQuery() {
  const q = new URLSearchParams();
  if (listState.status) q.set('status', listState.status);
  if (listState.attention) q.set('attention', '1');
  for (const k of ['type', 'idPrefix', 'taskQueue', 'noProgress']) if (listState[k]) q.set(k, listState[k]);
  for (const k of ['startedAfter', 'startedBefore']) if (listState[k]) q.set(k, new Date(listState[k]).toISOString());
  if (listState.pageToken) q.set('pageToken', listState.pageToken);
  return q;
}

async function renderList(seq) {
  let data;
  try {
    data = await api(`/api/workflows?${listQuery()}`);
  } catch (err) {
    if (seq === renderSeq) main.replaceChildren(el('h1', {}, 'Workflows'), el('p', { class: 'error' }, err.message));
    return schedule(() => renderList(seq));
  }
  if (seq !== renderSeq) return;
  const total = Object.values(data.counts).reduce((a, b) => a + b, 0);
  const tab = (label, value, count) => el('button', {
    class: !listState.attention && listState.status === value ? 'on' : '', 'data-testid': `tab-${value || 'ALL'}`,
    onclick: () => { Object.assign(listState, { status: value, attention: false, pageToken: '', tokens: [] }); route(); },
  }, label, el('span', { class: 'count' }, count));
  const field = (name, label, type = 'text', placeholder = '') => el('label', {}, label,
    el('input', { name, type, value: listState[name], placeholder, 'data-testid': `filter-${name}` }));
  const filters = el('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    for (const k of ['type', 'idPrefix', 'taskQueue', 'startedAfter', 'startedBefore', 'noProgress']) listState[k] = String(f.get(k) ?? '');
    listState.pageToken = '';
    listState.tokens = [];
    route();
  } },
  field('idPrefix', 'Workflow ID starts with'), field('type', 'Workflow type'), field('taskQueue', 'Task queue'),
  field('startedAfter', 'Started after', 'datetime-local'), field('startedBefore', 'Started before', 'datetime-local'),
  field('noProgress', 'No progress for', 'text', '5m'),
  el('button', { class: 'primary', type: 'submit' }, 'Filter'));
  const rows = data.executions.map((e) => el('tr', { 'data-testid': 'workflow-row' },
    el('td', { class: 'mono' }, wfLink(e.execution.workflowId, e.execution.runId)),
    el('td', {}, e.workflowType), el('td', {}, badge(e.status)), el('td', {}, e.taskQueue),
    el('td', {}, time(e.startTimeMs)), el('td', {}, time(e.closeTimeMs)), el('td', {}, e.historyLength),
    el('td', { class: 'attention' }, (e.attention || []).join('; '))));
  const pager = el('div', { class: 'pager' },
    listState.tokens.length ? el('button', { onclick: () => { listState.pageToken = listState.tokens.pop() || ''; route(); } }, '← Newer') : null,
    data.nextPageToken ? el('button', { onclick: () => { listState.tokens.push(listState.pageToken); listState.pageToken = data.nextPageToken; route(); } }, 'Older →') : null,
    el('span', { class: 'muted' }, `${data.executions.length} shown`));
  main.replaceChildren(
    el('h1', {}, 'Workflows'),
    el('div', { class: 'tabs' }, tab('All', '', total), STATUSES.map((s) => tab(s.replaceAll('_', ' ').toLowerCase(), s, data.counts[s] ?? 0)),
      el('button', { class: listState.attention ? 'on' : '', 'data-testid': 'tab-attention',
        onclick: () => { Object.assign(listState, { status: '', attention: true, pageToken: '', tokens: [] }); route(); } }, 'Needs attention')),
    filters,
    data.executions.length === 0 ? el('p', { class: 'muted', 'data-testid': 'empty' }, 'No workflows match.') : el('table', { 'data-testid': 'workflows' },
      el('thead', {}, el('tr', {}, ['Workflow ID', 'Type', 'Status', 'Task queue', 'Started', 'Closed', 'Events', 'Attention'].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows)),
    pager);
  schedule(() => renderList(seq));
}

// ---- One workflow ----------------------------------------------------------------------------------------

const EVENT_KIND = [[/^WorkflowTask/, 'task'], [/^Activity/, 'activity'], [/^Timer/, 'timer'], [/Signal/, 'signal'],
  [/Child|External/, 'child'], [/^WorkflowExecution(Failed|TimedOut|Terminated)/, 'bad'], [/^WorkflowExecution/, 'workflow']];
const kindOf = (type) => (EVENT_KIND.find(([re]) => re.test(type)) ?? [null, 'other'])[1];

function summary(event) {
  const { eventId, eventType, eventTime, ...attrs } = event;
  const keep = Object.entries(attrs).filter(([, v]) => v !== '' && v !== 0 && v !== false && v !== null &&
    !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));
  return keep.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('  ');
}

async function renderWorkflow(seq, workflowId, runId, openEvents = new Set()) {
  const q = runId ? `?runId=${encodeURIComponent(runId)}` : '';
  const base = `/api/workflows/${encodeURIComponent(workflowId)}`;
  let d, history;
  try {
    [d, history] = await Promise.all([api(`${base}${q}`), api(`${base}/history${q ? `${q}&` : '?'}decoded=1`)]);
  } catch (err) {
    if (seq === renderSeq) main.replaceChildren(el('p', {}, el('a', { href: '#/' }, '← Workflows')), el('h1', {}, workflowId), el('p', { class: 'error' }, err.message));
    return;
  }
  if (seq !== renderSeq) return;
  const info = d.info;
  const thisRun = info.execution.runId;
  const running = status(info.status) === 'RUNNING';
  const fact = (label, value) => el('div', {}, el('span', {}, label), value || el('span', { class: 'muted' }, '—'));
  const facts = el('div', { class: 'facts', 'data-testid': 'facts' },
    fact('Status', badge(info.status)), fact('Type', info.workflowType), fact('Task queue', info.taskQueue),
    fact('Run ID', el('span', { class: 'mono' }, thisRun)), fact('Started', time(info.startTimeMs)), fact('Closed', time(info.closeTimeMs)),
    fact('History', `${info.historyLength} events`),
    fact('Parent', info.parentExecution?.workflowId ? wfLink(info.parentExecution.workflowId, info.parentExecution.runId) : null),
    fact('Continues from', info.continuedFromRunId ? wfLink(workflowId, info.continuedFromRunId, info.continuedFromRunId) : null),
    fact('Next run', info.newExecutionRunId ? wfLink(workflowId, info.newExecutionRunId, info.newExecutionRunId) : null),
    fact('First run of chain', info.firstRunId && info.firstRunId !== thisRun ? wfLink(workflowId, info.firstRunId, info.firstRunId) : null),
    d.cancelRequested ? fact('Cancellation', 'requested') : null,
    info.attention?.length ? fact('Needs attention', el('span', { class: 'attention' }, info.attention.join('; '))) : null);

  const waits = [];
  if (d.pendingActivities.length) {
    waits.push(el('h3', {}, 'Activities'), el('table', { 'data-testid': 'pending-activities' },
      el('thead', {}, el('tr', {}, ['Activity', 'ID', 'State', 'Attempt', 'Last failure', 'Next retry', 'Last heartbeat', 'Worker'].map((h) => el('th', {}, h)))),
      el('tbody', {}, d.pendingActivities.map((a) => el('tr', { 'data-testid': 'pending-activity' },
        el('td', {}, a.activityType), el('td', { class: 'mono' }, a.activityId), el('td', {}, a.state + (a.cancelRequested ? ' (cancel requested)' : '')),
        el('td', {}, `${a.attempt}${a.maximumAttempts ? ` of ${a.maximumAttempts}` : ''}`),
        el('td', { class: 'error' }, a.lastFailure?.message ?? ''),
        el('td', {}, a.nextAttemptTimeMs ? `${time(a.nextAttemptTimeMs)} (${relative(a.nextAttemptTimeMs)})` : ''),
        el('td', {}, a.lastHeartbeatTimeMs ? relative(a.lastHeartbeatTimeMs) : ''), el('td', { class: 'mono' }, a.lastWorkerIdentity))))));
  }
  if (d.pendingTimers.length) {
    waits.push(el('h3', {}, 'Timers'), el('table', { 'data-testid': 'pending-timers' },
      el('thead', {}, el('tr', {}, ['Timer', 'Fires at', ''].map((h) => el('th', {}, h)))),
      el('tbody', {}, d.pendingTimers.map((t) => el('tr', {}, el('td', { class: 'mono' }, t.timerId), el('td', {}, time(t.fireTimeMs)), el('td', {}, relative(t.fireTimeMs)))))));
  }
  const wt = d.pendingWorkflowTask;
  if (wt) {
    waits.push(el('h3', {}, 'Workflow task'), el('p', {}, `${wt.state}, attempt ${wt.attempt}`,
      wt.lastFailure ? el('span', { class: 'error' }, ` — last failure: ${wt.lastFailure.message}`) : ''));
  }
  if (running && d.metadata) {
    const m = d.metadata;
    waits.push(el('h3', {}, 'Messages'), m.unavailable
      ? el('p', { class: 'muted' }, `Signal handlers unknown: ${m.unavailable}`)
      : el('p', { 'data-testid': 'expected-signals' },
        `Signals handled: ${m.signals.join(', ') || 'none'}`, el('br'), `Queries: ${m.queries.join(', ') || 'none'}`, el('br'),
        `Updates: ${m.updates.join(', ') || 'none'}`, el('br'), `Waiting on ${m.blockedConditions} condition(s)`,
        m.bufferedSignals.length ? `; buffered signals without a handler: ${m.bufferedSignals.join(', ')}` : ''));
  }
  if (running && waits.length === 0) waits.push(el('p', { class: 'muted' }, 'Nothing pending.'));

  const completedTasks = history.events.filter((e) => e.eventType === 'WorkflowTaskCompleted');
  const action = (label, kind, cls = '') => el('button', { class: cls, 'data-testid': `action-${kind}`,
    onclick: () => openAction(kind, workflowId, thisRun, completedTasks) }, label);
  const actions = el('div', { class: 'actions' },
    running ? [action('Signal', 'signal'), action('Cancel', 'cancel', 'danger'), action('Terminate', 'terminate', 'danger')] : null,
    completedTasks.length ? action('Reset…', 'reset') : null,
    el('a', { href: `${base}/history?runId=${encodeURIComponent(thisRun)}`, download: `${workflowId}-${thisRun}.history.json`,
      'data-testid': 'download' }, 'Download history (JSON)'));

  const children = d.children.length ? [el('h2', {}, `Children (${d.children.length})`), el('table', { 'data-testid': 'children' },
    el('thead', {}, el('tr', {}, ['Workflow ID', 'Type', 'Status', 'Started', 'Closed'].map((h) => el('th', {}, h)))),
    el('tbody', {}, d.children.map((c) => el('tr', {}, el('td', { class: 'mono' }, wfLink(c.execution.workflowId, c.execution.runId)),
      el('td', {}, c.workflowType), el('td', {}, badge(c.status)), el('td', {}, time(c.startTimeMs)), el('td', {}, time(c.closeTimeMs))))))] : [];

  const timeline = el('ul', { class: 'timeline', 'data-testid': 'timeline' }, history.events.map((e) => {
    const item = el('details', { open: openEvents.has(e.eventId) },
      el('summary', {}, el('span', { class: 'eid' }, e.eventId), el('span', { class: 'etime' }, shortTime(Date.parse(e.eventTime))),
        el('span', { class: 'etype' }, e.eventType), el('span', { class: 'esum' }, summary(e))),
      json(e));
    item.addEventListener('toggle', () => (item.open ? openEvents.add(e.eventId) : openEvents.delete(e.eventId)));
    return el('li', { class: `k-${kindOf(e.eventType)}`, 'data-testid': 'event', 'data-event-type': e.eventType }, item);
  }));

  main.replaceChildren(
    el('p', {}, el('a', { href: '#/' }, '← Workflows')),
    el('h1', { 'data-testid': 'workflow-id' }, workflowId), facts, actions,
    el('div', { class: 'cols' },
      el('section', {}, el('h2', {}, 'Waiting on'), el('div', { 'data-testid': 'waits' }, waits.length ? waits : el('p', { class: 'muted' }, 'Closed.'))),
      el('section', {}, el('h2', {}, 'Input'), json(d.input),
        d.result ? [el('h2', {}, 'Result'), json(d.result.length === 1 ? d.result[0] : d.result)] : null,
        d.failure ? [el('h2', {}, 'Failure'), el('pre', { class: 'error', 'data-testid': 'failure' }, d.failure.message + (d.failure.stack ? `\n${d.failure.stack}` : ''))] : null)),
    children,
    el('h2', {}, `History (${history.events.length} events)`), timeline);
  if (running) schedule(() => renderWorkflow(seq, workflowId, runId, openEvents));
}

// ---- Actions ---------------------------------------------------------------------------------------------

const dialog = document.getElementById('action');
const form = document.getElementById('action-form');
document.getElementById('action-close').addEventListener('click', () => dialog.close());

function openAction(kind, workflowId, runId, completedTasks) {
  document.getElementById('action-title').textContent = `${kind[0].toUpperCase()}${kind.slice(1)} ${workflowId}`;
  document.getElementById('action-error').textContent = '';
  const fields = document.getElementById('action-fields');
  fields.replaceChildren();
  if (kind === 'signal') {
    fields.append(el('label', {}, 'Signal name', el('input', { name: 'signalName', required: true, 'data-testid': 'signal-name' })),
      el('label', {}, 'Arguments (a JSON array)', el('textarea', { name: 'args', rows: 3, 'data-testid': 'signal-args' }, '[]')));
  } else if (kind === 'reset') {
    fields.append(el('label', {}, 'Run again from workflow task',
      el('select', { name: 'eventId', 'data-testid': 'reset-event' }, completedTasks.map((e) =>
        el('option', { value: e.eventId }, `event ${e.eventId} (${new Date(e.eventTime).toLocaleTimeString()})`)))),
    el('p', { class: 'muted' }, 'A new run starts from the events before that task; this run, if running, is terminated.'));
  }
  const field = (name) => form.elements.namedItem(name);
  field('reason').value = '';
  field('identity').value = localStorage.getItem('reprise.identity') ?? '';
  form.onsubmit = async (e) => {
    e.preventDefault();
    const body = { runId, reason: field('reason').value, identity: field('identity').value || undefined };
    localStorage.setItem('reprise.identity', field('identity').value);
    try {
      if (kind === 'signal') {
        body.name = field('signalName').value;
        try {
          body.args = JSON.parse(field('args').value || '[]');
        } catch (err) {
          throw new Error(`Arguments: not JSON (${err.message})`);
        }
      }
      if (kind === 'reset') body.eventId = Number(field('eventId').value);
      const out = await api(`/api/workflows/${encodeURIComponent(workflowId)}/${kind}`, body);
      dialog.close();
      if (kind === 'reset') location.hash = `#/workflow/${encodeURIComponent(workflowId)}?runId=${encodeURIComponent(out.runId)}`;
      else route();
    } catch (err) {
      document.getElementById('action-error').textContent = err.message;
    }
  };
  dialog.showModal();
}

// ---- Routing ---------------------------------------------------------------------------------------------

function route() {
  clearTimeout(refreshTimer);
  const seq = ++renderSeq;
  const [path, query] = location.hash.slice(1).split('?');
  const m = /^\/workflow\/(.+)$/.exec(path || '');
  if (m) return renderWorkflow(seq, decodeURIComponent(m[1]), new URLSearchParams(query).get('runId') ?? '');
  return renderList(seq);
}

window.addEventListener('hashchange', route);
route();
