-- Projects: approved proposals (or committee decisions) assigned to a lead executive agency
-- with partners, responsible people, budget, plan and weighted milestones; their progress
-- updates, status changes with reasons, and the officials' follow-ups. "Stalled" is derived
-- from these rows, never stored. Times are Unix milliseconds; days are ISO text.
CREATE TABLE projects (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id          BIGINT UNIQUE REFERENCES proposals (id),
    title                TEXT   NOT NULL,
    summary              TEXT   NOT NULL DEFAULT '',
    dimension            TEXT   NOT NULL DEFAULT '',
    committee_id         BIGINT REFERENCES committees (id),
    decision             TEXT   NOT NULL DEFAULT '',
    lead_organisation_id BIGINT REFERENCES organisations (id),
    budget_rials         BIGINT,
    planned_start        TEXT,
    planned_end          TEXT,
    status               TEXT   NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'completed', 'suspended', 'cancelled')),
    status_since         BIGINT NOT NULL,
    search_text          TEXT   NOT NULL DEFAULT '',
    created_by           BIGINT REFERENCES users (id),
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL,
    version              BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX projects_status ON projects (status, status_since);
CREATE INDEX projects_lead ON projects (lead_organisation_id);

CREATE TABLE project_neighbourhoods (
    project_id       BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, neighbourhood_id)
);
CREATE INDEX project_neighbourhoods_n ON project_neighbourhoods (neighbourhood_id);

CREATE TABLE project_partners (
    project_id      BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role            TEXT   NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX project_partners_org ON project_partners (organisation_id);

CREATE TABLE project_people (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, person_id)
);

CREATE TABLE milestones (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    ordinal    BIGINT NOT NULL,
    title      TEXT   NOT NULL,
    due_on     TEXT   NOT NULL,
    weight     BIGINT NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 100),
    done_on    TEXT,
    done_by    BIGINT REFERENCES users (id)
);
CREATE INDEX milestones_project ON milestones (project_id, ordinal);
CREATE INDEX milestones_due ON milestones (due_on);

CREATE TABLE progress_updates (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id      BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    reported_on     TEXT   NOT NULL,
    percent         BIGINT NOT NULL CHECK (percent BETWEEN 0 AND 100),
    body            TEXT   NOT NULL DEFAULT '',
    photo_key       TEXT,
    photo_type      TEXT,
    organisation_id BIGINT REFERENCES organisations (id),
    author_id       BIGINT REFERENCES users (id),
    created_at      BIGINT NOT NULL
);
CREATE INDEX progress_updates_project ON progress_updates (project_id, reported_on);

CREATE TABLE project_status_changes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id  BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    from_status TEXT   NOT NULL,
    to_status   TEXT   NOT NULL,
    reason      TEXT   NOT NULL DEFAULT '',
    actor_id    BIGINT REFERENCES users (id),
    at          BIGINT NOT NULL
);
CREATE INDEX project_status_changes_project ON project_status_changes (project_id, at);

CREATE TABLE follow_ups (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    action     TEXT   NOT NULL CHECK (action IN ('called', 'visited', 'escalated', 'other')),
    note       TEXT   NOT NULL DEFAULT '',
    actor_id   BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX follow_ups_project ON follow_ups (project_id, created_at);
