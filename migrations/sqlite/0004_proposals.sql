-- Needs assessments and proposals: an organisation's assessment of a neighbourhood, the
-- proposals that answer it, every move of a proposal through review, the committee's comments,
-- supporting documents (the files live outside the web root; only their record is here), and
-- the in-app notifications these raise. Times are Unix milliseconds; days are ISO text.
CREATE TABLE assessments (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id  BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    assessed_on      TEXT   NOT NULL,
    method           TEXT   NOT NULL CHECK (method IN ('survey', 'interviews', 'field_visit', 'focus_group', 'other')),
    households       BIGINT CHECK (households >= 0),
    findings         TEXT   NOT NULL DEFAULT '',
    created_by       BIGINT REFERENCES users (id),
    created_at       BIGINT NOT NULL
);
CREATE INDEX assessments_neighbourhood ON assessments (neighbourhood_id, assessed_on);
CREATE INDEX assessments_organisation ON assessments (organisation_id);

CREATE TABLE assessment_needs (
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    ordinal       BIGINT NOT NULL,
    dimension     TEXT   NOT NULL,
    need          TEXT   NOT NULL,
    PRIMARY KEY (assessment_id, ordinal)
);

CREATE TABLE proposals (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id    BIGINT NOT NULL REFERENCES organisations (id),
    title              TEXT   NOT NULL,
    summary            TEXT   NOT NULL DEFAULT '',
    dimension          TEXT   NOT NULL DEFAULT 'social',
    objectives         TEXT   NOT NULL DEFAULT '',
    beneficiaries      BIGINT,
    beneficiary_groups TEXT   NOT NULL DEFAULT '',
    activities         TEXT   NOT NULL DEFAULT '',
    duration_months    BIGINT,
    budget_rials       BIGINT,
    assessment_id      BIGINT REFERENCES assessments (id) ON DELETE SET NULL,
    committee_id       BIGINT REFERENCES committees (id),
    status             TEXT   NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'in_review', 'revision_requested', 'recommended', 'declined', 'approved', 'rejected')),
    status_since       BIGINT NOT NULL,
    submitted_at       BIGINT,
    decided_at         BIGINT,
    search_text        TEXT   NOT NULL DEFAULT '',
    created_by         BIGINT REFERENCES users (id),
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL,
    version            BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX proposals_status ON proposals (status, status_since);
CREATE INDEX proposals_organisation ON proposals (organisation_id);
CREATE INDEX proposals_committee ON proposals (committee_id, status);

CREATE TABLE proposal_neighbourhoods (
    proposal_id      BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    PRIMARY KEY (proposal_id, neighbourhood_id)
);
CREATE INDEX proposal_neighbourhoods_n ON proposal_neighbourhoods (neighbourhood_id);

CREATE TABLE proposal_partners (
    proposal_id     BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (proposal_id, organisation_id)
);
CREATE INDEX proposal_partners_org ON proposal_partners (organisation_id);

CREATE TABLE proposal_moves (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id  BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    action       TEXT   NOT NULL,
    from_status  TEXT   NOT NULL,
    to_status    TEXT   NOT NULL,
    reason       TEXT   NOT NULL DEFAULT '',
    committee_id BIGINT REFERENCES committees (id),
    actor_id     BIGINT REFERENCES users (id),
    at           BIGINT NOT NULL
);
CREATE INDEX proposal_moves_proposal ON proposal_moves (proposal_id, at);

CREATE TABLE proposal_comments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    author_id   BIGINT NOT NULL REFERENCES users (id),
    body        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX proposal_comments_proposal ON proposal_comments (proposal_id, created_at);

CREATE TABLE proposal_documents (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id  BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    file_name    TEXT   NOT NULL,
    content_type TEXT   NOT NULL,
    size_bytes   BIGINT NOT NULL,
    storage_key  TEXT   NOT NULL UNIQUE,
    uploaded_by  BIGINT REFERENCES users (id),
    uploaded_at  BIGINT NOT NULL
);
CREATE INDEX proposal_documents_proposal ON proposal_documents (proposal_id);

CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,
    subject    TEXT   NOT NULL,
    detail     TEXT   NOT NULL DEFAULT '',
    link       TEXT   NOT NULL,
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    read_at    BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, created_at);
