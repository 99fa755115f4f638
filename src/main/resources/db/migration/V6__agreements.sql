-- One real-world agreement, many reports: each event is linked to the agreement it reports (io.accord.store.AgreementLinker).
CREATE TABLE agreements (
    id              VARCHAR(64) PRIMARY KEY,
    -- set when the agreement turned out to be another one: its id keeps answering with the one kept
    merged_into     VARCHAR(64) REFERENCES agreements (id),
    status          VARCHAR(16),
    subject         TEXT,
    agreement_date  DATE,
    -- what from/to filter on: the agreement's date where a report gives one, else the day of its last report
    sort_date       DATE,
    first_reported  TIMESTAMPTZ,
    last_reported   TIMESTAMPTZ,
    report_count    INTEGER NOT NULL DEFAULT 0,
    article_count   INTEGER NOT NULL DEFAULT 0,
    confidence      DOUBLE PRECISION NOT NULL DEFAULT 0,
    search_text     TEXT NOT NULL DEFAULT '',
    document        TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
-- newest first by last report, keyset pagination on (last_reported, id); merged ones are not listed
CREATE INDEX agreements_recent ON agreements (last_reported DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX agreements_status_recent ON agreements (status, last_reported DESC, id DESC) WHERE merged_into IS NULL;
-- from/to: a date range, then the few agreements in it sorted by last report
CREATE INDEX agreements_sort_date ON agreements (sort_date) WHERE merged_into IS NULL;
CREATE INDEX agreements_text_trgm ON agreements USING gin (search_text gin_trgm_ops);

CREATE TABLE agreement_parties (
    agreement_id  VARCHAR(64) NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    actor         VARCHAR(160),
    country       VARCHAR(16),
    sector        VARCHAR(16),
    kind          VARCHAR(16),
    PRIMARY KEY (agreement_id, position)
);
CREATE INDEX agreement_parties_actor ON agreement_parties (actor, agreement_id);
CREATE INDEX agreement_parties_country ON agreement_parties (country, agreement_id);
CREATE INDEX agreement_parties_name ON agreement_parties (lower(name), agreement_id);

-- what the linker compares: the sides' actor keys (sorted, '|'-joined), their roots (the same with each name cut to its
-- first word: reports that can be linked have the same roots, so the linker looks only there) and the matter's words
ALTER TABLE events ADD COLUMN agreement_id VARCHAR(64) REFERENCES agreements (id);
ALTER TABLE events ADD COLUMN link_sides TEXT;
ALTER TABLE events ADD COLUMN link_roots TEXT;
ALTER TABLE events ADD COLUMN link_matter TEXT;
CREATE INDEX events_agreement ON events (agreement_id);
CREATE INDEX events_link_roots ON events (link_roots, sort_date) WHERE agreement_id IS NOT NULL;
-- events stored before this migration are linked at start-up, oldest first
CREATE INDEX events_unlinked ON events (sort_date, id) WHERE agreement_id IS NULL;
