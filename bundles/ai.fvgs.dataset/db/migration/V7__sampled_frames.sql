-- Fashion Media Database, schema version 7: the frames of each video that the import keeps as stills
-- (uniformly, or at scene changes), in time order. Their pictures are thumbnails in the media store,
-- <root>/thumbnails/256/ab/cd/<sha256>-f<frame_index>.png. Portable SQL for PostgreSQL and H2 in PostgreSQL mode.

CREATE TABLE sampled_frames (
    media_item_id  BIGINT           NOT NULL,
    position       INTEGER          NOT NULL,
    frame_index    INTEGER          NOT NULL,
    seconds        DOUBLE PRECISION NOT NULL,
    scene_change   BOOLEAN          NOT NULL,
    CONSTRAINT sampled_frames_pk PRIMARY KEY (media_item_id, position),
    CONSTRAINT sampled_frames_media_fk FOREIGN KEY (media_item_id) REFERENCES media_items (id) ON DELETE CASCADE,
    CONSTRAINT sampled_frames_index_check CHECK (frame_index >= 0)
);
