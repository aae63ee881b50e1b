-- The daily loop: reminders sent once per item and day, digests, a second channel (SMS) with
-- its own outbox, the language and choices of each person's messages, the reason a
-- notification carries (a revision request's), and the minutes' number.
ALTER TABLE notifications ADD COLUMN note TEXT NOT NULL DEFAULT '';

ALTER TABLE users ADD COLUMN locale TEXT NOT NULL DEFAULT 'fa' CHECK (locale IN ('fa', 'en'));
ALTER TABLE users ADD COLUMN digest TEXT NOT NULL DEFAULT 'none'
    CHECK (digest IN ('none', 'daily', 'weekly'));
ALTER TABLE users ADD COLUMN mobile TEXT;
ALTER TABLE users ADD COLUMN mobile_verified_at BIGINT;

ALTER TABLE meetings ADD COLUMN number BIGINT;
UPDATE meetings SET number = (
    SELECT COUNT(*) FROM meetings m
    WHERE m.committee_id = meetings.committee_id AND m.published_at IS NOT NULL
      AND (m.published_at < meetings.published_at
           OR (m.published_at = meetings.published_at AND m.id <= meetings.id)))
WHERE published_at IS NOT NULL;
CREATE UNIQUE INDEX meetings_number ON meetings (committee_id, number);

-- An email either tells of a notification or carries its own words (a digest).
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id BIGINT REFERENCES notifications (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    to_address      TEXT   NOT NULL,
    subject         TEXT   NOT NULL DEFAULT '',
    body            TEXT   NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT,
    attempts        BIGINT NOT NULL DEFAULT 0,
    last_error      TEXT   NOT NULL DEFAULT ''
);
INSERT INTO outbox_new (id, notification_id, user_id, to_address, created_at, sent_at, attempts,
                        last_error)
    SELECT id, notification_id, user_id, to_address, created_at, sent_at, attempts, last_error
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_unsent ON outbox (sent_at, attempts, id);
CREATE INDEX outbox_created ON outbox (created_at);

CREATE TABLE sms_opt_outs (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT   NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- Text messages: the words are kept (a verification code has no notification); a message is
-- claimed by one instance while it is being sent and retried later after a failure.
CREATE TABLE sms_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id BIGINT REFERENCES notifications (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    to_number       TEXT   NOT NULL,
    body            TEXT   NOT NULL,
    urgent          BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    sent_at         BIGINT,
    attempts        BIGINT NOT NULL DEFAULT 0,
    last_error      TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX sms_outbox_due ON sms_outbox (sent_at, next_attempt_at);
CREATE INDEX sms_outbox_created ON sms_outbox (created_at);

CREATE TABLE mobile_codes (
    user_id    BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    mobile     TEXT   NOT NULL,
    code_hash  TEXT   NOT NULL,
    expires_at BIGINT NOT NULL,
    attempts   BIGINT NOT NULL DEFAULT 0
);

-- One row per reminder given: the key makes a second sending of the same reminder on the
-- same Iranian day impossible, whichever instance tries.
CREATE TABLE reminders_sent (
    rule      TEXT   NOT NULL,
    object_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day       TEXT   NOT NULL,
    sent_at   BIGINT NOT NULL,
    PRIMARY KEY (rule, object_id, user_id, day)
);
CREATE INDEX reminders_sent_at ON reminders_sent (sent_at);

CREATE TABLE digests_sent (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    period  TEXT   NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, period)
);
