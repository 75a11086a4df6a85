-- Listing runs newest first across workflow IDs (ListWorkflows, `reprise replay --from-server`).
CREATE INDEX executions_by_namespace_start ON executions (namespace, start_time DESC, run_id DESC);
