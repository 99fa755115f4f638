-- An agreement's parties as one array on its row instead of rows of their own: writing an agreement is then one row and
-- a few GIN entries, not a row and four index entries per party (the parties' rows were most of what linking cost
-- PostgreSQL), and a party filter is a test on the row the listing reads anyway.
-- Keys: 'a:' actor key, 'c:' country code, 'n:' lower-cased name.
ALTER TABLE agreements ADD COLUMN party_keys TEXT[] NOT NULL DEFAULT '{}';
UPDATE agreements g SET party_keys = k.keys
FROM (SELECT agreement_id, array_agg(DISTINCT key ORDER BY key) AS keys
      FROM agreement_parties p, LATERAL (VALUES ('a:' || p.actor), ('c:' || p.country), ('n:' || lower(p.name))) v (key)
      WHERE key IS NOT NULL GROUP BY agreement_id) k
WHERE k.agreement_id = g.id;
DROP TABLE agreement_parties;
CREATE INDEX agreements_party_keys ON agreements USING gin (party_keys) WHERE merged_into IS NULL;
-- a merge repoints the agreements merged into the one merged away
CREATE INDEX agreements_merged_into ON agreements (merged_into) WHERE merged_into IS NOT NULL;
-- Free text (q=) is looked up in the agreement's reports, whose text is already indexed (events_search_trgm): a copy of
-- it on every agreement row cost a second trigram index as much to keep up as the events' own.
DROP INDEX agreements_text_trgm;
ALTER TABLE agreements DROP COLUMN search_text;
