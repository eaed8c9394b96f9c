-- 0001_init: the warehouse contract. Later migrations add columns; none renames these.

CREATE TABLE IF NOT EXISTS feeds (
    feed_url              VARCHAR PRIMARY KEY,
    name                  VARCHAR,
    language              VARCHAR,
    etag                  VARCHAR,
    last_modified         VARCHAR,
    last_status           INTEGER,
    last_error            VARCHAR,
    consecutive_failures  INTEGER DEFAULT 0,
    last_polled_at        TIMESTAMP,
    last_success_at       TIMESTAMP,
    next_poll_at          TIMESTAMP,
    poll_interval_s       INTEGER,
    entries_seen          BIGINT DEFAULT 0,
    gone                  BOOLEAN DEFAULT FALSE   -- 404/410: recorded once, not retried every run
);

CREATE TABLE IF NOT EXISTS runs (
    run_id                VARCHAR PRIMARY KEY,
    started_at            TIMESTAMP,
    finished_at           TIMESTAMP,
    status                VARCHAR,               -- ok | partial | failed
    feeds_polled          INTEGER,
    feeds_failed          INTEGER,
    feeds_not_modified    INTEGER,
    entries_seen          INTEGER,
    pages_fetched         INTEGER,
    pages_failed          INTEGER,
    new_articles          INTEGER,
    duplicates_skipped    INTEGER,
    event_mentions        INTEGER,
    events                INTEGER,
    errors                VARCHAR                -- JSON list of {url, stage, error}
);

CREATE TABLE IF NOT EXISTS fetch_log (
    run_id      VARCHAR,
    url         VARCHAR,
    final_url   VARCHAR,
    kind        VARCHAR,      -- feed | page | robots
    status      INTEGER,      -- HTTP status; 0 when no response
    error       VARCHAR,
    bytes       BIGINT,
    elapsed_ms  INTEGER,
    fetched_at  TIMESTAMP
);

-- Every URL a feed linked to, in its canonical form: a link seen once is never fetched again.
CREATE TABLE IF NOT EXISTS seen_urls (
    url_key        VARCHAR PRIMARY KEY,   -- sha256 of the canonical URL, 16 bytes hex
    canonical_url  VARCHAR,
    first_url      VARCHAR,
    feed_url       VARCHAR,
    article_id     VARCHAR,               -- NULL when the page failed or was not an article
    outcome        VARCHAR,               -- article | duplicate | not_article | failed
    first_seen     TIMESTAMP
);

-- Raw page bytes, compressed, so extraction and coding can be re-run without refetching.
CREATE TABLE IF NOT EXISTS raw_pages (
    url_key        VARCHAR PRIMARY KEY,
    url            VARCHAR,
    final_url      VARCHAR,
    status         INTEGER,
    content_type   VARCHAR,
    fetched_at     TIMESTAMP,
    body_zlib      BLOB,
    body_bytes     BIGINT
);

CREATE TABLE IF NOT EXISTS articles (
    article_id     VARCHAR PRIMARY KEY,   -- = url_key of the canonical URL
    url            VARCHAR,
    canonical_url  VARCHAR UNIQUE,
    feed_url       VARCHAR,
    outlet         VARCHAR,
    title          VARCHAR,
    published_at   TIMESTAMP,
    language       VARCHAR,
    text           VARCHAR,
    content_hash   VARCHAR,
    story_id       VARCHAR,
    fetched_at     TIMESTAMP,
    updated_at     TIMESTAMP,
    authors        VARCHAR,
    site_name      VARCHAR,
    dateline       VARCHAR,
    page_kind      VARCHAR,
    duplicate_of   VARCHAR                -- article_id of the earlier near-identical copy, if any
);

CREATE TABLE IF NOT EXISTS event_mentions (
    mention_id      VARCHAR PRIMARY KEY,
    article_id      VARCHAR,
    event_id        VARCHAR,
    event_date      DATE,
    event_type      VARCHAR,
    sub_event_type  VARCHAR,
    actor1          VARCHAR,
    actor2          VARCHAR,
    country         VARCHAR,
    admin1          VARCHAR,
    location        VARCHAR,
    latitude        DOUBLE,
    longitude       DOUBLE,
    fatalities      INTEGER,
    sentence        VARCHAR,
    date_precision  VARCHAR,
    geo_precision   INTEGER,
    actor1_kind     VARCHAR,
    actor2_kind     VARCHAR,
    actor1_country  VARCHAR,
    actor2_country  VARCHAR,
    confidence      DOUBLE,
    coded_at        TIMESTAMP
);

CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    event_date      DATE,
    event_type      VARCHAR,
    sub_event_type  VARCHAR,
    actor1          VARCHAR,
    actor2          VARCHAR,
    country         VARCHAR,
    admin1          VARCHAR,
    location        VARCHAR,
    latitude        DOUBLE,
    longitude       DOUBLE,
    fatalities      INTEGER,
    fatalities_min  INTEGER,
    fatalities_max  INTEGER,
    n_mentions      INTEGER,
    n_articles      INTEGER,
    n_outlets       INTEGER,
    first_seen      TIMESTAMP,
    last_seen       TIMESTAMP
);

CREATE TABLE IF NOT EXISTS stories (
    story_id            VARCHAR PRIMARY KEY,
    title               VARCHAR,
    first_article_id    VARCHAR,
    latest_article_id   VARCHAR,
    first_published     TIMESTAMP,
    latest_published    TIMESTAMP,
    size                INTEGER
);
