-- Hours served through a placement: reported by the volunteer (pending until the centre
-- approves) or recorded by the centre in bulk (approved at once). An edit returns to pending.
-- One entry per placement and day: a second report of the same day is an edit of the first.
CREATE TABLE service_hours (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    placement_id BIGINT NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    centre_id    BIGINT NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    served_on    TEXT   NOT NULL,
    minutes      BIGINT NOT NULL CHECK (minutes > 0),
    note         TEXT   NOT NULL DEFAULT '',
    state        TEXT   NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'approved', 'rejected')),
    reason       TEXT   NOT NULL DEFAULT '',
    reported_by  BIGINT REFERENCES users (id),
    reported_at  BIGINT NOT NULL,
    decided_by   BIGINT REFERENCES users (id),
    decided_at   BIGINT,
    version      BIGINT NOT NULL DEFAULT 1,
    UNIQUE (placement_id, served_on)
);
CREATE INDEX service_hours_volunteer ON service_hours (volunteer_id, state);
CREATE INDEX service_hours_centre ON service_hours (centre_id, state);

-- A certificate of service: what it certifies is copied at issue, so later hours or a renamed
-- centre do not change a printed certificate; `code` is what the public page checks.
CREATE TABLE certificates (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    code          TEXT   NOT NULL UNIQUE,
    volunteer_id  BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    basis         TEXT   NOT NULL CHECK (basis IN ('manual', 'hours', 'years')),
    threshold     BIGINT NOT NULL DEFAULT 0,
    full_name     TEXT   NOT NULL,
    minutes       BIGINT NOT NULL,
    roles         TEXT   NOT NULL,
    centres       TEXT   NOT NULL,
    first_on      TEXT,
    last_on       TEXT,
    issuer_id     BIGINT NOT NULL REFERENCES organisations (id),
    issued_by     BIGINT REFERENCES users (id),
    issued_at     BIGINT NOT NULL,
    revoked_at    BIGINT,
    revoked_by    BIGINT REFERENCES users (id),
    revoke_reason TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX certificates_volunteer ON certificates (volunteer_id);
-- An automatic certificate is issued once per threshold, whichever instance notices first.
CREATE UNIQUE INDEX certificates_threshold ON certificates (volunteer_id, basis, threshold)
    WHERE basis <> 'manual';
