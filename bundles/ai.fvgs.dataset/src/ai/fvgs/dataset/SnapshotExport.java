package ai.fvgs.dataset;

import java.nio.file.Path;

import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.ExportRun;

/**
 * Writes a {@link Snapshot} as a COCO, YOLO or JSONL folder, from {@link DatasetStore#exporter()}. The folder
 * appears only when complete: everything is written into a staging folder next to it
 * ({@code .<name>.partial-<random>}), which is renamed at the end; on failure the staging folder is removed
 * and nothing is left behind. An existing folder that is not empty is refused. See docs/dataset.md,
 * "Snapshots and export", for the layouts.
 */
public final class SnapshotExport {

    private final Database db;
    private final MediaStore media;

    SnapshotExport(Database db, MediaStore media) {
        this.db = db;
        this.media = media;
    }

    /**
     * @param snapshot  the snapshot's name
     * @param directory the folder to create; it must not exist or be empty
     * @param options   format, media mode and YOLO task
     * @return what was written
     * @throws DatasetException if the snapshot does not exist, the folder exists and is not empty, a media file is
     *                          missing from the media store, or a file cannot be written; nothing is left behind
     */
    public ExportReport export(String snapshot, Path directory, ExportOptions options) throws DatasetException {
        return new ExportRun(db, media, options).run(snapshot, directory);
    }
}
