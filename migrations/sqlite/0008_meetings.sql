-- Meetings of a committee, held for one of its working groups (whose board receives the
-- decisions as tasks once the minutes are published). Days are ISO text, times `HH:MM`,
-- stamps Unix milliseconds.
CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    committee_id     BIGINT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    title            TEXT   NOT NULL,
    held_on          TEXT   NOT NULL,
    starts_at        TEXT   NOT NULL,
    place            TEXT   NOT NULL DEFAULT '',
    online_link      TEXT   NOT NULL DEFAULT '',
    quorum_percent   BIGINT NOT NULL DEFAULT 50,
    minutes          TEXT   NOT NULL DEFAULT '',
    published_at     BIGINT,
    created_by       BIGINT REFERENCES users (id),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX meetings_committee ON meetings (committee_id, held_on);

CREATE TABLE meeting_invitees (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    attendance TEXT   NOT NULL DEFAULT 'unknown'
               CHECK (attendance IN ('unknown', 'present', 'absent', 'excused')),
    PRIMARY KEY (meeting_id, user_id)
);

CREATE TABLE meeting_agenda_items (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal    BIGINT NOT NULL,
    text       TEXT   NOT NULL,
    card_id    BIGINT REFERENCES board_cards (id) ON DELETE SET NULL
);
CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items (meeting_id, ordinal);

CREATE TABLE meeting_decisions (
    id                          INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id                  BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal                     BIGINT NOT NULL,
    text                        TEXT   NOT NULL,
    responsible_user_id         BIGINT REFERENCES users (id) ON DELETE SET NULL,
    responsible_organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    due_on                      TEXT   NOT NULL,
    card_id                     BIGINT REFERENCES board_cards (id) ON DELETE SET NULL
);
CREATE INDEX meeting_decisions_meeting ON meeting_decisions (meeting_id, ordinal);
CREATE INDEX meeting_decisions_card ON meeting_decisions (card_id);
