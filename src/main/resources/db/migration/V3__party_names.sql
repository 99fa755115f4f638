-- Every distinct party name, lower-cased. A substring filter on party names searches this small table's trigram
-- index, then finds the parties by exact name (event_parties_name): a trigram search over all party rows must
-- intersect posting lists as long as the table whenever the names share trigrams ("… Holdings", "Ministry of …").
CREATE TABLE party_names (
    name TEXT PRIMARY KEY
);
INSERT INTO party_names (name) SELECT DISTINCT lower(name) FROM event_parties ON CONFLICT DO NOTHING;
CREATE INDEX party_names_trgm ON party_names USING gin (name gin_trgm_ops);
