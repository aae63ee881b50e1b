-- The directory: neighbourhoods, organisations (with representatives and capacities), people,
-- committees with their memberships, and working groups. Times are Unix milliseconds; calendar
-- days are ISO text (YYYY-MM-DD, Gregorian) so they sort and compare the same on both databases.
CREATE TABLE organisations (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT   NOT NULL CHECK (kind IN ('ngo', 'agency', 'facilitation', 'other')),
    name             TEXT   NOT NULL,
    registration_no  TEXT,
    dimensions       TEXT   NOT NULL DEFAULT '',
    address          TEXT   NOT NULL DEFAULT '',
    phone            TEXT   NOT NULL DEFAULT '',
    email            TEXT   NOT NULL DEFAULT '',
    website          TEXT   NOT NULL DEFAULT '',
    description      TEXT   NOT NULL DEFAULT '',
    status           TEXT   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'rejected')),
    rejection_reason TEXT   NOT NULL DEFAULT '',
    search_text      TEXT   NOT NULL,
    created_by       BIGINT REFERENCES users (id),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    version          BIGINT NOT NULL DEFAULT 1,
    UNIQUE (kind, registration_no)
);
CREATE INDEX organisations_kind ON organisations (kind, status);
CREATE INDEX organisations_search ON organisations (search_text);

CREATE TABLE organisation_representatives (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_manager      BIGINT NOT NULL DEFAULT 0,
    added_at        BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_representatives_user ON organisation_representatives (user_id);

CREATE TABLE neighbourhoods (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    name                   TEXT   NOT NULL,
    city                   TEXT   NOT NULL,
    county                 TEXT   NOT NULL DEFAULT '',
    district               TEXT   NOT NULL DEFAULT '',
    population             BIGINT,
    households             BIGINT,
    area_hectares          REAL,
    latitude               REAL,
    longitude              REAL,
    facilitation_office_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    problems_social        TEXT   NOT NULL DEFAULT '',
    problems_economic      TEXT   NOT NULL DEFAULT '',
    problems_physical      TEXT   NOT NULL DEFAULT '',
    problems_environmental TEXT   NOT NULL DEFAULT '',
    search_text            TEXT   NOT NULL,
    created_at             BIGINT NOT NULL,
    updated_at             BIGINT NOT NULL,
    version                BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX neighbourhoods_search ON neighbourhoods (search_text);

CREATE TABLE organisation_neighbourhoods (
    organisation_id  BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, neighbourhood_id)
);
CREATE INDEX organisation_neighbourhoods_n ON organisation_neighbourhoods (neighbourhood_id);

CREATE TABLE capacities (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind            TEXT   NOT NULL CHECK (kind IN ('staff', 'volunteers', 'vehicle', 'space', 'equipment', 'expertise', 'funds', 'other')),
    quantity        BIGINT NOT NULL CHECK (quantity >= 0),
    unit            TEXT   NOT NULL DEFAULT '',
    description     TEXT   NOT NULL DEFAULT '',
    available_from  TEXT,
    available_until TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX capacities_organisation ON capacities (organisation_id);
CREATE INDEX capacities_kind ON capacities (kind, quantity);

CREATE TABLE capacity_neighbourhoods (
    capacity_id      BIGINT NOT NULL REFERENCES capacities (id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (capacity_id, neighbourhood_id)
);
CREATE INDEX capacity_neighbourhoods_n ON capacity_neighbourhoods (neighbourhood_id);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         BIGINT UNIQUE REFERENCES users (id) ON DELETE SET NULL,
    name            TEXT   NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    affiliation     TEXT   NOT NULL DEFAULT '',
    expertise       TEXT   NOT NULL DEFAULT '',
    phone           TEXT   NOT NULL DEFAULT '',
    email           TEXT   NOT NULL DEFAULT '',
    search_text     TEXT   NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX people_search ON people (search_text);
CREATE INDEX people_organisation ON people (organisation_id);

CREATE TABLE committees (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT   NOT NULL,
    dimension   TEXT   NOT NULL CHECK (dimension IN ('social', 'economic', 'physical', 'environmental', 'other')),
    mandate     TEXT   NOT NULL DEFAULT '',
    status      TEXT   NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dissolved')),
    search_text TEXT   NOT NULL,
    created_by  BIGINT REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX committees_search ON committees (search_text);

CREATE TABLE memberships (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    committee_id    BIGINT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    organisation_id BIGINT REFERENCES organisations (id),
    person_id       BIGINT REFERENCES people (id),
    role            TEXT   NOT NULL CHECK (role IN ('chair', 'secretary', 'member', 'observer')),
    since           TEXT   NOT NULL,
    until           TEXT,
    created_at      BIGINT NOT NULL,
    CHECK ((organisation_id IS NULL) <> (person_id IS NULL)),
    CHECK (until IS NULL OR until >= since)
);
CREATE INDEX memberships_committee ON memberships (committee_id, until);
CREATE INDEX memberships_organisation ON memberships (organisation_id);
CREATE INDEX memberships_person ON memberships (person_id);
-- Backstop for the rule checked in code: one open-ended chair and one secretary per committee.
CREATE UNIQUE INDEX memberships_one_open_chair ON memberships (committee_id, role)
    WHERE until IS NULL AND role IN ('chair', 'secretary');

CREATE TABLE working_groups (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    committee_id BIGINT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    name         TEXT   NOT NULL,
    kind         TEXT   NOT NULL CHECK (kind IN ('thematic', 'regional')),
    description  TEXT   NOT NULL DEFAULT '',
    search_text  TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    version      BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX working_groups_committee ON working_groups (committee_id);
CREATE INDEX working_groups_search ON working_groups (search_text);

CREATE TABLE working_group_neighbourhoods (
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (working_group_id, neighbourhood_id)
);
CREATE INDEX working_group_neighbourhoods_n ON working_group_neighbourhoods (neighbourhood_id);

CREATE TABLE working_group_members (
    working_group_id BIGINT NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    membership_id    BIGINT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    PRIMARY KEY (working_group_id, membership_id)
);
