-- Who wrote each checklist item: an item is ticked only by its author, the task's assignees,
-- the committee's chair and secretary, and officials (items written before have none).
ALTER TABLE board_checklist_items ADD COLUMN created_by BIGINT REFERENCES users (id);
