-- Photos of a local action, evidence beside its account: kept in the files folder under a
-- random key, public like the action.
CREATE TABLE action_photos (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id    BIGINT NOT NULL REFERENCES local_actions (id) ON DELETE CASCADE,
    storage_key  TEXT   NOT NULL,
    content_type TEXT   NOT NULL,
    added_by     BIGINT REFERENCES users (id),
    added_at     BIGINT NOT NULL
);
CREATE INDEX action_photos_action ON action_photos (action_id, id);
