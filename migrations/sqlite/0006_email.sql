-- Email beside the in-app notifications: the kinds of event a person chose not to receive by
-- email (everything is sent unless they opt out), and the outbox. Without an SMTP server the
-- outbox is where messages wait for an admin to read; with one, delivery marks them sent.
CREATE TABLE email_opt_outs (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT   NOT NULL,
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id BIGINT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    to_address      TEXT   NOT NULL,
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT,
    attempts        BIGINT NOT NULL DEFAULT 0,
    last_error      TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX outbox_unsent ON outbox (sent_at, attempts, id);
CREATE INDEX outbox_created ON outbox (created_at);
