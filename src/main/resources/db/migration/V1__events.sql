-- Articles the stored events came from.
CREATE TABLE articles (
    id          VARCHAR(64) PRIMARY KEY,
    url         TEXT,
    title       TEXT,
    source      TEXT,
    published   DATE,
    first_seen  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per agreement event; document holds the event exactly as published on the events topic.
CREATE TABLE events (
    id              VARCHAR(64) PRIMARY KEY,
    article_id      VARCHAR(64) NOT NULL REFERENCES articles (id),
    status          VARCHAR(16) NOT NULL,
    cameo           VARCHAR(8),
    plover_event    VARCHAR(32),
    plover_context  VARCHAR(32),
    subject         TEXT,
    event_date      DATE,
    sort_date       DATE NOT NULL,
    date_precision  VARCHAR(8),
    confidence      DOUBLE PRECISION NOT NULL,
    extractor       VARCHAR(64) NOT NULL,
    search_text     TEXT NOT NULL,
    document        TEXT NOT NULL,
    stored_at       TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
-- newest first, keyset pagination on (sort_date, id)
CREATE INDEX events_sort ON events (sort_date DESC, id DESC);
CREATE INDEX events_status_sort ON events (status, sort_date DESC, id DESC);
CREATE INDEX events_article ON events (article_id);

CREATE TABLE event_parties (
    event_id   VARCHAR(64) NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    country    VARCHAR(16),
    sector     VARCHAR(16),
    kind       VARCHAR(16),
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_parties_country ON event_parties (country, event_id);
CREATE INDEX event_parties_name ON event_parties (lower(name), event_id);

CREATE TABLE event_evidence (
    event_id    VARCHAR(64) NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (event_id, position)
);
