-- Working-group boards: cards (a proposal followed into its project, or a task), their
-- order, assignees, comments, checklists, and the board's event log. The log is what live
-- views replay after a dropped connection and what a card's history shows. Who is viewing
-- a board lives here too, so several server instances agree. Times are Unix milliseconds.
CREATE TABLE board_cards (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    kind             TEXT   NOT NULL CHECK (kind IN ('proposal', 'project', 'task')),
    proposal_id      BIGINT REFERENCES proposals (id) ON DELETE CASCADE,
    project_id       BIGINT REFERENCES projects (id) ON DELETE CASCADE,
    title            TEXT   NOT NULL DEFAULT '',
    description      TEXT   NOT NULL DEFAULT '',
    lane             TEXT   CHECK (lane IN ('todo', 'doing', 'done')),
    position         REAL   NOT NULL,
    due_on           TEXT,
    created_by       BIGINT REFERENCES users (id),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1,
    UNIQUE (working_group_id, proposal_id),
    UNIQUE (working_group_id, project_id)
);
CREATE INDEX board_cards_board ON board_cards (working_group_id, position);
CREATE INDEX board_cards_proposal ON board_cards (proposal_id);
CREATE INDEX board_cards_project ON board_cards (project_id);

CREATE TABLE board_card_assignees (
    card_id BIGINT NOT NULL REFERENCES board_cards (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (card_id, user_id)
);
CREATE INDEX board_card_assignees_user ON board_card_assignees (user_id);

CREATE TABLE board_card_comments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id    BIGINT NOT NULL REFERENCES board_cards (id) ON DELETE CASCADE,
    author_id  BIGINT NOT NULL REFERENCES users (id),
    body       TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX board_card_comments_card ON board_card_comments (card_id, id);

CREATE TABLE board_checklist_items (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id BIGINT NOT NULL REFERENCES board_cards (id) ON DELETE CASCADE,
    ordinal BIGINT NOT NULL,
    text    TEXT   NOT NULL,
    done_at BIGINT,
    done_by BIGINT REFERENCES users (id)
);
CREATE INDEX board_checklist_items_card ON board_checklist_items (card_id, ordinal);

CREATE TABLE board_events (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    card_id          BIGINT REFERENCES board_cards (id) ON DELETE SET NULL,
    kind             TEXT   NOT NULL,
    detail           TEXT   NOT NULL DEFAULT '',
    actor_id         BIGINT REFERENCES users (id),
    created_at       BIGINT NOT NULL
);
CREATE INDEX board_events_board ON board_events (working_group_id, id);
CREATE INDEX board_events_card ON board_events (card_id, id);

CREATE TABLE board_viewers (
    connection       TEXT   PRIMARY KEY,
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    user_id          BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    seen_at          BIGINT NOT NULL
);
CREATE INDEX board_viewers_board ON board_viewers (working_group_id, seen_at);
