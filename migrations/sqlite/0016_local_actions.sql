-- Campaigns (a named period such as Ramadan, with its goals and its registration drive) and
-- local actions held by a centre or an organisation in a neighbourhood, each published with
-- measurable targets and closed with what was achieved.
CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT   NOT NULL,
    starts_on   TEXT   NOT NULL,
    ends_on     TEXT   NOT NULL,
    goals       TEXT   NOT NULL DEFAULT '',
    drive_id    BIGINT REFERENCES volunteer_drives (id) ON DELETE SET NULL,
    search_text TEXT   NOT NULL,
    created_by  BIGINT REFERENCES users (id),
    created_at  BIGINT NOT NULL
);
CREATE INDEX campaigns_period ON campaigns (starts_on, ends_on);

CREATE TABLE local_actions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    title            TEXT   NOT NULL,
    kind             TEXT   NOT NULL
                     CHECK (kind IN ('gathering', 'class', 'counselling', 'screening', 'other')),
    centre_id        BIGINT REFERENCES centres (id) ON DELETE CASCADE,
    organisation_id  BIGINT NOT NULL REFERENCES organisations (id),
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods (id),
    campaign_id      BIGINT REFERENCES campaigns (id) ON DELETE SET NULL,
    held_on          TEXT   NOT NULL,
    place            TEXT   NOT NULL DEFAULT '',
    summary          TEXT   NOT NULL DEFAULT '',
    state            TEXT   NOT NULL DEFAULT 'published' CHECK (state IN ('published', 'closed')),
    attendance       BIGINT,
    account          TEXT   NOT NULL DEFAULT '',
    closed_by        BIGINT REFERENCES users (id),
    closed_at        BIGINT,
    search_text      TEXT   NOT NULL,
    created_by       BIGINT REFERENCES users (id),
    created_at       BIGINT NOT NULL
);
CREATE INDEX local_actions_campaign ON local_actions (campaign_id, state);
CREATE INDEX local_actions_centre ON local_actions (centre_id, held_on);
CREATE INDEX local_actions_neighbourhood ON local_actions (neighbourhood_id, held_on);
CREATE INDEX local_actions_open ON local_actions (state, held_on);

-- What an action set out to do, in numbers; `achieved` is written when it closes.
CREATE TABLE action_targets (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id BIGINT NOT NULL REFERENCES local_actions (id) ON DELETE CASCADE,
    position  BIGINT NOT NULL,
    measure   TEXT   NOT NULL
              CHECK (measure IN ('participants', 'households', 'referrals', 'funds', 'volunteers', 'other')),
    label     TEXT   NOT NULL DEFAULT '',
    target    BIGINT NOT NULL CHECK (target > 0),
    achieved  BIGINT CHECK (achieved >= 0)
);
CREATE INDEX action_targets_action ON action_targets (action_id, position);

-- Who was invited (agencies, charities, universities, companies, officials), whether they
-- came (NULL until known), and the problems raised with them, each of which may have become a
-- follow-up task on a working group's board.
CREATE TABLE action_guests (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id       BIGINT NOT NULL REFERENCES local_actions (id) ON DELETE CASCADE,
    name            TEXT   NOT NULL,
    kind            TEXT   NOT NULL
                    CHECK (kind IN ('agency', 'charity', 'university', 'company', 'official', 'other')),
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    came            BIGINT,
    invited_by      BIGINT REFERENCES users (id),
    invited_at      BIGINT NOT NULL
);
CREATE INDEX action_guests_action ON action_guests (action_id);

CREATE TABLE action_problems (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    action_id BIGINT NOT NULL REFERENCES local_actions (id) ON DELETE CASCADE,
    guest_id  BIGINT REFERENCES action_guests (id) ON DELETE SET NULL,
    problem   TEXT   NOT NULL,
    card_id   BIGINT REFERENCES board_cards (id) ON DELETE SET NULL,
    raised_by BIGINT REFERENCES users (id),
    raised_at BIGINT NOT NULL
);
CREATE INDEX action_problems_action ON action_problems (action_id);

-- A campaign's indicators: computed from the records or assessed by an official from the
-- centre's self-assessment; each with a weight, and assessed ones with the top of their scale.
CREATE TABLE campaign_indicators (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    name        TEXT   NOT NULL,
    source      TEXT   NOT NULL
                CHECK (source IN ('actions_held', 'targets_met', 'people_reached',
                                  'active_volunteers', 'volunteer_hours', 'reports_on_time',
                                  'assessed')),
    weight      BIGINT NOT NULL CHECK (weight > 0),
    scale       BIGINT NOT NULL DEFAULT 10 CHECK (scale > 0),
    created_at  BIGINT NOT NULL
);
CREATE INDEX campaign_indicators_campaign ON campaign_indicators (campaign_id, id);

-- A centre's self-assessment on an assessed indicator, with its evidence, and the score an
-- official gave it.
CREATE TABLE centre_assessments (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id BIGINT NOT NULL REFERENCES campaign_indicators (id) ON DELETE CASCADE,
    centre_id    BIGINT NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    statement    TEXT   NOT NULL,
    evidence     TEXT   NOT NULL DEFAULT '',
    submitted_by BIGINT REFERENCES users (id),
    submitted_at BIGINT NOT NULL,
    score        BIGINT,
    review_note  TEXT   NOT NULL DEFAULT '',
    reviewed_by  BIGINT REFERENCES users (id),
    reviewed_at  BIGINT,
    UNIQUE (indicator_id, centre_id)
);

-- Each time officials record a campaign's scores: every centre's score and place as computed
-- then, so a later correction shows in the history.
CREATE TABLE campaign_scores (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    centre_id   BIGINT NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    recorded_at BIGINT NOT NULL,
    tenths      BIGINT NOT NULL,
    place       BIGINT NOT NULL,
    note        TEXT   NOT NULL DEFAULT '',
    recorded_by BIGINT REFERENCES users (id)
);
CREATE INDEX campaign_scores_campaign ON campaign_scores (campaign_id, centre_id, recorded_at);

-- The centres officials recognised at a campaign's end.
CREATE TABLE campaign_recognitions (
    campaign_id   BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    centre_id     BIGINT NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    citation      TEXT   NOT NULL DEFAULT '',
    recognised_by BIGINT REFERENCES users (id),
    recognised_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, centre_id)
);
