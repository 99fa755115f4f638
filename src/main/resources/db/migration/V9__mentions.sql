-- A mention: a sentence that refers to an agreement without reporting news of it (background, a recap). It is kept
-- beside the events, linked to its agreement as they are, and never listed as an event.
ALTER TABLE events ADD COLUMN mention BOOLEAN NOT NULL DEFAULT false;
-- An agreement with at least one report carries the key 'is:reported' in party_keys, so that the listing's indexes
-- answer GET /agreements?reported=true as they answer the party filters (V7). Every agreement stored so far has one.
UPDATE agreements SET party_keys = array_append(party_keys, 'is:reported') WHERE merged_into IS NULL AND report_count > 0;
