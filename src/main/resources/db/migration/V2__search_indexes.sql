-- Substring filters (party=, q=) use LIKE '%…%': trigram indexes answer them without scanning every event.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX event_parties_name_trgm ON event_parties USING gin (lower(name) gin_trgm_ops);
CREATE INDEX events_search_trgm ON events USING gin (search_text gin_trgm_ops);
