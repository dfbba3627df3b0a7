-- Captions for videos (WebVTT), shown under the player and checked with the video's other words.
ALTER TABLE media_item ADD COLUMN captions_vtt VARCHAR(600000);
