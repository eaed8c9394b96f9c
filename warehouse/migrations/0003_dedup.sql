-- 0003_dedup: the persistent near-duplicate index and story/event linking state.
-- Written by warehouse/dedup_store.py (write_dedup); read only for candidates (plan_dedup).

-- One row per article that went through deduplication: what its copies are recognised by.
CREATE TABLE IF NOT EXISTS article_fingerprints (
    article_id       VARCHAR PRIMARY KEY,
    published_at     TIMESTAMP,
    content_hash     VARCHAR,
    root_article_id  VARCHAR,    -- the earliest known copy (the article itself when first)
    similarity       DOUBLE,     -- to the copy it matched (1.0 identical body); NULL when original
    signature        BLOB,       -- MinHash of the body's word shingles, uint32 little-endian; NULL: too short
    title_words      VARCHAR,    -- the title's compared words, space-separated
    title_names      VARCHAR,    -- its numbers and names, space-separated (see stories.titles_link)
    lead_event_id    VARCHAR,    -- the event the article mainly reports (story linking)
    setting          VARCHAR     -- shingle size / permutations / seed the signature was made with
);

-- LSH band index: an article is a candidate copy of another when they share a band key.
-- kind: 'body' (near-duplicate text) or 'title' (similar headline, story linking only).
-- No ART index on purpose: lookups are hash joins on the 8-byte key, and an ART index would
-- make every bulk insert several times slower.
CREATE TABLE IF NOT EXISTS lsh_bands (
    band_key    BIGINT NOT NULL,
    article_id  VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL
);
