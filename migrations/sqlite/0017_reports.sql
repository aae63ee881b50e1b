-- Frozen reports of a campaign or a Jalali period (month, season, year): the report as it
-- stood when an official froze it, kept as JSON so later changes do not alter it. Numbered
-- per Jalali year of freezing (`serial` of `year`).
CREATE TABLE frozen_reports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    year        BIGINT NOT NULL,
    serial      BIGINT NOT NULL,
    scope       TEXT   NOT NULL CHECK (scope IN ('campaign', 'year', 'season', 'month')),
    campaign_id BIGINT REFERENCES campaigns (id) ON DELETE SET NULL,
    starts_on   TEXT   NOT NULL,
    ends_on     TEXT   NOT NULL,
    body        TEXT   NOT NULL,
    frozen_by   BIGINT REFERENCES users (id),
    frozen_at   BIGINT NOT NULL,
    UNIQUE (year, serial)
);
CREATE INDEX frozen_reports_campaign ON frozen_reports (campaign_id);

-- An official selects an action's account (and its photos) for the reports of its period.
ALTER TABLE local_actions ADD COLUMN in_reports BIGINT NOT NULL DEFAULT 0;
