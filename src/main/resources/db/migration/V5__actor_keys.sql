-- One stable key per real-world side (see io.accord.extraction.ActorKeys): GET /events?actor= and the explorer's graph.
ALTER TABLE event_parties ADD COLUMN actor VARCHAR(160);
-- Events stored before this migration: states and their bodies by country code, international bodies by their code,
-- others by a folded name (close to ActorKeys; re-extracting the articles gives the exact keys).
UPDATE event_parties SET actor = CASE
    WHEN country IS NOT NULL AND (kind IN ('country', 'government', 'military')
            OR (kind = 'organization' AND (country LIKE 'IGO%' OR country LIKE 'NGO%'))
            OR (kind = 'person' AND sector IN ('GOV', 'MIL'))) THEN country
    WHEN kind = 'person' THEN 'person:' || trim(both '-' from regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'))
    ELSE 'org:' || trim(both '-' from regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'))
END;
CREATE INDEX event_parties_actor ON event_parties (actor, event_id);
