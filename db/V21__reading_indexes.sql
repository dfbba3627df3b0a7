-- Reading pages list a site's live posts newest first, ten at a time. With every column descending, in the
-- order BlogReader's ORDER BY names them, H2 and PostgreSQL read a page straight off this index instead of
-- sorting all of a site's posts (at 30,000 posts a site: ~3 s a page on H2 before, a few ms after).
-- content_item_listing (V3) stays: it serves the ascending look-ups.
CREATE INDEX content_item_reading ON content_item (site_id DESC, kind DESC, status DESC, first_published_at DESC, id DESC);
