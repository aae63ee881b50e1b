-- A second registration with a national code already registered asks to join that profile to
-- the new account. The profile's intermediary, who can call both numbers, decides; what the
-- new account typed is kept here only for that comparison.
CREATE TABLE volunteer_merges (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    full_name    TEXT   NOT NULL,
    mobile       TEXT   NOT NULL,
    state        TEXT   NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'merged', 'refused')),
    reason       TEXT   NOT NULL DEFAULT '',
    sent_at      BIGINT NOT NULL,
    decided_by   BIGINT REFERENCES users (id),
    decided_at   BIGINT
);
CREATE INDEX volunteer_merges_volunteer ON volunteer_merges (volunteer_id, state);
-- One waiting request per account.
CREATE UNIQUE INDEX volunteer_merges_pending ON volunteer_merges (user_id) WHERE state = 'pending';
