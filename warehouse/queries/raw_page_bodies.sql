-- The stored pages of the keys in the registered table `_raw_wanted(url_key, path)`, each read
-- from the file its `raw_page_files` row names (warehouse/raw_store.py: `raw_page_bodies`); an
-- older copy of a key in another file is not read. $files: the distinct paths of `_raw_wanted`.
SELECT p.url_key, p.url, p.final_url, p.status, p.content_type, p.fetched_at, p.body_zlib, p.body_bytes
FROM read_parquet($files::VARCHAR[], filename = true) p
JOIN _raw_wanted w ON w.url_key = p.url_key AND w.path = p.filename;
