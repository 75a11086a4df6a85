/**
 * `reprise/testing`: what a user's tests need. Histories in their JSON form (as `handle.fetchHistory()` returns
 * them and `reprise workflow show --output json` writes them) convert to and from the wire events exactly.
 */
export { historyFromJSON, historyToJSON } from '../internal/history-json.js';
export type { HistoryEventJSON, HistoryJSON } from '../internal/history-json.js';
