-- The normalised article as the extractor read it, from articles.normalized: the text that every event's evidence
-- offsets index into (GET /articles/{id}). Kept accord.store.article-retention after it was stored.
CREATE TABLE article_texts (
    id          VARCHAR(64) PRIMARY KEY,
    url         TEXT,
    title       TEXT,
    source      TEXT,
    byline      TEXT,
    published   DATE,
    language    VARCHAR(16),
    dateline    JSONB,
    body        TEXT NOT NULL,
    received_at TIMESTAMPTZ,
    stored_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX article_texts_stored_at ON article_texts (stored_at);
