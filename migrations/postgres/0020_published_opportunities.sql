-- NGOs and committee projects publish opportunities too: the organisation that publishes one
-- (NULL: the centre itself) runs its shifts at the centre where they take place. Opportunities
-- are found by search through their folded title and description.
ALTER TABLE opportunities ADD COLUMN organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL;
ALTER TABLE opportunities ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX opportunities_organisation ON opportunities (organisation_id, closed_at);
CREATE INDEX opportunities_search ON opportunities (search_text);
