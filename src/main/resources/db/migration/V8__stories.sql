-- Versions of one story (a refiled or updated wire story, a shorter cut of it, the same text under another URL): the
-- article stored first of them names the story (story_id; null: the article is its own story). The fingerprint and its
-- band keys (io.accord.text.StoryFingerprint) find an earlier version among the articles of the days around it.
ALTER TABLE articles ADD COLUMN story_id VARCHAR(64);
ALTER TABLE articles ADD COLUMN fingerprint BYTEA;
ALTER TABLE articles ADD COLUMN story_bands BIGINT[];
CREATE INDEX articles_story_bands ON articles USING gin (story_bands) WHERE story_bands IS NOT NULL;
