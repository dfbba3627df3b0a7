-- Clause PHOTO-CONSENT: the faces the detector found in a photo (in the pixels of its largest rendition), which
-- of them the teacher blurred, and whose face a blurred one was (NULL: someone not tagged).
CREATE TABLE media_face (
    item_id     BIGINT   NOT NULL REFERENCES media_item (id),
    face_index  INTEGER  NOT NULL,
    x           INTEGER  NOT NULL,
    y           INTEGER  NOT NULL,
    width       INTEGER  NOT NULL,
    height      INTEGER  NOT NULL,
    blurred     BOOLEAN  NOT NULL DEFAULT FALSE,
    person_id   BIGINT   REFERENCES account (id),
    PRIMARY KEY (item_id, face_index)
);
