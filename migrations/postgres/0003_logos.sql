-- An organisation's optional logo: the image itself (small, checked by content), kept in the
-- database so it is backed up with everything else and served only through the application.
CREATE TABLE organisation_logos (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    content_type    TEXT   NOT NULL,
    bytes           BYTEA  NOT NULL,
    updated_at      BIGINT NOT NULL
);
