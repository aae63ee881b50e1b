-- Volunteers, the intermediary institutions that vet and contact them, the centres that take
-- them and the centres' requests, and placements of a volunteer at a centre. Times are Unix
-- milliseconds; calendar days ISO text. A week of availability is one whole number, one bit
-- per day and part of the day (domain/availability.rs).

-- An organisation officials have marked as an intermediary institution (مؤسسه میانی).
ALTER TABLE organisations ADD COLUMN is_intermediary BIGINT NOT NULL DEFAULT 0;

-- The roles volunteers offer; officials keep the list. Built-in roles carry a code the locale
-- files name; roles officials add carry their own name.
CREATE TABLE volunteer_roles (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    code       TEXT   UNIQUE,
    name       TEXT   NOT NULL DEFAULT '',
    retired_at BIGINT,
    created_at BIGINT NOT NULL
);
INSERT INTO volunteer_roles (code, created_at) VALUES
    ('nursery_helper', 0), ('tutor', 0), ('counsellor', 0), ('health_screening', 0),
    ('logistics', 0), ('event_host', 0), ('it', 0), ('elder_care', 0);

-- A registration drive (a Ramadan «نذر خدمت» drive): the code or link that brought someone.
CREATE TABLE volunteer_drives (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    code       TEXT   NOT NULL UNIQUE,
    name       TEXT   NOT NULL,
    starts_on  TEXT   NOT NULL,
    ends_on    TEXT,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE volunteers (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          BIGINT NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    full_name        TEXT   NOT NULL,
    search_text      TEXT   NOT NULL,
    national_code    TEXT   NOT NULL UNIQUE,
    mobile           TEXT   NOT NULL,
    birth_year       BIGINT NOT NULL,
    gender           TEXT   CHECK (gender IN ('female', 'male')),
    neighbourhood_id BIGINT REFERENCES neighbourhoods (id) ON DELETE SET NULL,
    intermediary_id  BIGINT NOT NULL REFERENCES organisations (id),
    drive_id         BIGINT REFERENCES volunteer_drives (id) ON DELETE SET NULL,
    availability     BIGINT NOT NULL DEFAULT 0,
    consent_at       BIGINT NOT NULL,
    private_note     TEXT   NOT NULL DEFAULT '',
    state            TEXT   NOT NULL DEFAULT 'applied'
                     CHECK (state IN ('applied', 'verified', 'active', 'inactive')),
    state_reason     TEXT   NOT NULL DEFAULT '',
    applied_at       BIGINT NOT NULL,
    state_at         BIGINT NOT NULL,
    died_on          TEXT,
    family_contact   TEXT   NOT NULL DEFAULT '',
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX volunteers_intermediary ON volunteers (intermediary_id, state, applied_at);
CREATE INDEX volunteers_neighbourhood ON volunteers (neighbourhood_id, state);
CREATE INDEX volunteers_drive ON volunteers (drive_id);
CREATE INDEX volunteers_search ON volunteers (search_text);

CREATE TABLE volunteer_offers (
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    role_id      BIGINT NOT NULL REFERENCES volunteer_roles (id),
    PRIMARY KEY (volunteer_id, role_id)
);
CREATE INDEX volunteer_offers_role ON volunteer_offers (role_id);

CREATE TABLE volunteer_skills (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    skill        TEXT   NOT NULL,
    level        TEXT   NOT NULL CHECK (level IN ('beginner', 'skilled', 'expert'))
);
CREATE INDEX volunteer_skills_volunteer ON volunteer_skills (volunteer_id);

-- A place that takes volunteers, run by an organisation, with a manager account.
CREATE TABLE centres (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT   NOT NULL,
    kind             TEXT   NOT NULL
                     CHECK (kind IN ('neighbourhood_centre', 'nursery', 'care_home', 'clinic', 'other')),
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id),
    organisation_id  BIGINT NOT NULL REFERENCES organisations (id),
    manager_id       BIGINT REFERENCES users (id) ON DELETE SET NULL,
    address          TEXT   NOT NULL DEFAULT '',
    latitude         REAL,
    longitude        REAL,
    search_text      TEXT   NOT NULL,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX centres_neighbourhood ON centres (neighbourhood_id);
CREATE INDEX centres_organisation ON centres (organisation_id);
CREATE INDEX centres_manager ON centres (manager_id);

-- What a centre asks for: a role, how many, when in the week, from/until.
CREATE TABLE centre_requests (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    centre_id  BIGINT NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    role_id    BIGINT NOT NULL REFERENCES volunteer_roles (id),
    places     BIGINT NOT NULL CHECK (places > 0),
    needed     BIGINT NOT NULL DEFAULT 0,
    starts_on  TEXT   NOT NULL,
    ends_on    TEXT,
    note       TEXT   NOT NULL DEFAULT '',
    closed_at  BIGINT,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX centre_requests_centre ON centre_requests (centre_id, closed_at);
CREATE INDEX centre_requests_role ON centre_requests (role_id, closed_at);

-- The intermediary proposes a volunteer for a request; the centre accepts or declines (with a
-- reason) before `answer_by`, or the proposal returns to the intermediary's work.
CREATE TABLE placements (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    request_id   BIGINT NOT NULL REFERENCES centre_requests (id) ON DELETE CASCADE,
    state        TEXT   NOT NULL DEFAULT 'proposed'
                 CHECK (state IN ('proposed', 'accepted', 'declined', 'returned', 'ended')),
    reason       TEXT   NOT NULL DEFAULT '',
    proposed_by  BIGINT REFERENCES users (id),
    proposed_at  BIGINT NOT NULL,
    answer_by    BIGINT NOT NULL,
    decided_by   BIGINT REFERENCES users (id),
    decided_at   BIGINT
);
CREATE INDEX placements_volunteer ON placements (volunteer_id, state);
CREATE INDEX placements_request ON placements (request_id, state);
CREATE INDEX placements_due ON placements (state, answer_by);
