-- Opportunities a centre publishes (for a project when they serve one), each with shifts that
-- volunteers sign up to themselves; a full shift keeps a waiting list. Days are ISO text,
-- times `HH:MM` in Iran, moments Unix milliseconds.
CREATE TABLE opportunities (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    centre_id   BIGINT NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    role_id     BIGINT NOT NULL REFERENCES volunteer_roles (id),
    project_id  BIGINT REFERENCES projects (id) ON DELETE SET NULL,
    title       TEXT   NOT NULL,
    description TEXT   NOT NULL DEFAULT '',
    closed_at   BIGINT,
    created_by  BIGINT REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX opportunities_centre ON opportunities (centre_id, closed_at);
CREATE INDEX opportunities_project ON opportunities (project_id);

-- `version` is bumped by every sign-up and cancellation, so two people taking the last seat
-- at once are served one after the other.
CREATE TABLE shifts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    day            TEXT   NOT NULL,
    starts_at      TEXT   NOT NULL,
    ends_at        TEXT   NOT NULL,
    slots          BIGINT NOT NULL CHECK (slots > 0),
    cancelled_at   BIGINT,
    cancel_reason  TEXT   NOT NULL DEFAULT '',
    attendance_at  BIGINT,
    created_at     BIGINT NOT NULL,
    version        BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX shifts_opportunity ON shifts (opportunity_id, day);
CREATE INDEX shifts_day ON shifts (day);

-- One row per volunteer and shift; signing up again after cancelling reuses it, and
-- `signed_at` orders the waiting list.
CREATE TABLE shift_signups (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id     BIGINT NOT NULL REFERENCES shifts (id) ON DELETE CASCADE,
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    state        TEXT   NOT NULL CHECK (state IN ('booked', 'waiting', 'cancelled', 'freed')),
    signed_at    BIGINT NOT NULL,
    reminded_at  BIGINT,
    confirmed_at BIGINT,
    attended     BIGINT,
    updated_at   BIGINT NOT NULL,
    UNIQUE (shift_id, volunteer_id)
);
CREATE INDEX shift_signups_volunteer ON shift_signups (volunteer_id, state);
CREATE INDEX shift_signups_state ON shift_signups (state, shift_id);

-- Hours now also come from attended shifts: an entry names its role itself and comes from a
-- placement or a sign-up. SQLite cannot relax a NOT NULL, so the table is rebuilt.
CREATE TABLE service_hours_next (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    placement_id BIGINT REFERENCES placements (id) ON DELETE CASCADE,
    signup_id    BIGINT UNIQUE REFERENCES shift_signups (id) ON DELETE CASCADE,
    centre_id    BIGINT NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    role_id      BIGINT NOT NULL REFERENCES volunteer_roles (id),
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
    UNIQUE (placement_id, served_on),
    CHECK ((placement_id IS NULL) <> (signup_id IS NULL))
);
INSERT INTO service_hours_next (id, volunteer_id, placement_id, centre_id, role_id, served_on,
    minutes, note, state, reason, reported_by, reported_at, decided_by, decided_at, version)
SELECT h.id, h.volunteer_id, h.placement_id, h.centre_id, r.role_id, h.served_on, h.minutes,
    h.note, h.state, h.reason, h.reported_by, h.reported_at, h.decided_by, h.decided_at,
    h.version
FROM service_hours h JOIN placements p ON p.id = h.placement_id
JOIN centre_requests r ON r.id = p.request_id;
DROP TABLE service_hours;
ALTER TABLE service_hours_next RENAME TO service_hours;
CREATE INDEX service_hours_volunteer ON service_hours (volunteer_id, state);
CREATE INDEX service_hours_centre ON service_hours (centre_id, state);
