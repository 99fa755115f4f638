-- The API reads one keyset page (at most 201 rows) at a time. For such queries PostgreSQL's parallel plans only add
-- the cost of starting workers, and they flip with ANALYZE's sample (bench: country + status + deep cursor 8 ms
-- serial, 16-29 ms parallel at 1M events on 2 cores).
ALTER TABLE events SET (parallel_workers = 0);
ALTER TABLE event_parties SET (parallel_workers = 0);
ALTER TABLE event_evidence SET (parallel_workers = 0);
ALTER TABLE party_names SET (parallel_workers = 0);
ALTER TABLE articles SET (parallel_workers = 0);
