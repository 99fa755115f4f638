-- q= is a substring of the search text, answered by the trigram index (V2). A text whose trigrams are all common
-- ("company 4242") makes that index read long posting lists to find nothing (16 ms at 1M events); a rare word of it
-- answers at once from this word index. The store asks it only for words its statistics call rare (TextSearch), so the
-- expression here and there must stay the same. Letters and digits only, so that a word of q is a word here; runs are
-- cut every 200 characters (PostgreSQL leaves out words of 2,047 bytes or more; its regular expressions count to 255).
CREATE INDEX events_search_words ON events USING gin (to_tsvector('simple',
    regexp_replace(regexp_replace(search_text, '[^a-z0-9]+', ' ', 'g'), '([a-z0-9]{200})', '\1 ', 'g')));
-- the store reads the common words from these statistics: keep 10,000 of them, not 1,000
ALTER INDEX events_search_words ALTER COLUMN 1 SET STATISTICS 1000;
ANALYZE events;
