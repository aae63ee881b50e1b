-- Honours given to veteran volunteers at recognition events (a volunteer may be honoured
-- more than once; the list shows the latest and how many).
CREATE TABLE volunteer_honours (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id BIGINT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    honoured_on  TEXT   NOT NULL,
    occasion     TEXT   NOT NULL DEFAULT '',
    recorded_by  BIGINT REFERENCES users (id),
    created_at   BIGINT NOT NULL
);
CREATE INDEX volunteer_honours_volunteer ON volunteer_honours (volunteer_id, honoured_on);
