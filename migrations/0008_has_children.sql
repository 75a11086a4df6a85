-- Issue 7: a run that never started a child does not look for children when it closes (one statement fewer at
-- every close). Runs with children already, from before this column, are marked from the child rows.
ALTER TABLE executions ADD COLUMN has_children boolean NOT NULL DEFAULT false;
UPDATE executions p SET has_children = true
  WHERE EXISTS (SELECT 1 FROM executions c
                WHERE c.namespace = p.namespace AND c.parent_workflow_id = p.workflow_id AND c.parent_run_id = p.run_id);
