-- Large charities helping smaller ones: a pairing of a mentor organisation with a mentee the
-- secretariat introduces, what the mentor offers and the goals; active until it is completed
-- or ended (the day and a note saying how).
CREATE TABLE pairings (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    mentor_id     BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    mentee_id     BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    offered       TEXT   NOT NULL,
    goals         TEXT   NOT NULL,
    state         TEXT   NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'completed', 'ended')),
    starts_on     TEXT   NOT NULL,
    ended_on      TEXT,
    outcome       TEXT   NOT NULL DEFAULT '',
    introduced_by BIGINT REFERENCES users (id),
    created_at    BIGINT NOT NULL,
    CHECK (mentor_id <> mentee_id)
);
CREATE INDEX pairings_mentor ON pairings (mentor_id);
CREATE INDEX pairings_mentee ON pairings (mentee_id);
CREATE INDEX pairings_period ON pairings (starts_on, ended_on);
