package ai.fvgs.dataset;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import ai.fvgs.dataset.internal.CocoImportRun;
import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.ImportRun;
import ai.fvgs.sdk.Progress;

/**
 * Imports a folder or a CSV / JSONL manifest into a dataset: one entry per group of media files (and
 * side-cars, or manifest line), with the media stored by content, thumbnails made, and exact and near
 * duplicates reported. Get one from {@link DatasetStore#importer()}.
 * <p>
 * Entries are committed in small transactions (at most 50 entries or 200 ms each), together with the
 * progress of their import batch; running the same import again (after a crash, {@code kill -9} or a cancellation) continues the unfinished batch and skips
 * the entries already imported. Files that cannot be imported are reported with the reason; the import goes on.
 * See docs/dataset.md, "Import", for the folder layout and the manifest columns.
 */
public final class DatasetImport {

    private final Database db;
    private final MediaStore media;

    DatasetImport(Database db, MediaStore media) {
        this.db = db;
        this.media = media;
    }

    /**
     * Imports a folder (recursively) or a manifest.
     *
     * @param source   a folder, or a manifest file ending in {@code .csv} or {@code .jsonl}
     * @param options  default provenance, text language, near-duplicate distance and who imports
     * @param progress receives, after each commit, the fraction done and the last entry committed (it and
     *                 everything before it are in the database); cancelling stops after the current entry and
     *                 commits what was done
     * @return what this run did: entries created, entries an earlier run had imported, and per-file errors,
     *         exact duplicates and near duplicates
     * @throws DatasetException      if the source does not exist or is neither a folder nor a manifest, a manifest
     *                               cannot be read or has a malformed header, the actor is not allowed, or the
     *                               database or media store fails
     * @throws CancellationException if {@code progress} was cancelled; what was imported before stays, and
     *                               running the import again continues it
     */
    public ImportReport run(Path source, ImportOptions options, Progress progress) throws DatasetException {
        String actor = options.actor();
        if (actor.isBlank() || actor.length() > 64) {
            throw new DatasetException("actor '" + actor + "' is not allowed; every import needs the name of who runs it, 1 to 64 characters");
        }
        return new ImportRun(db, media, options).run(source, progress);
    }

    /**
     * Imports a COCO JSON file: each image becomes an entry with the image file stored in the media store, and
     * its annotations (boxes, polygons, RLE masks, keypoints, {@code attribute_ids}) become the annotation set
     * of {@code labeller}. Re-running skips the images already imported (the source key is the file and the
     * image id). Malformed categories, attributes, images and annotations, unknown ids and missing image files
     * are reported with their JSON path, and the rest is imported. See docs/dataset.md, "COCO import".
     *
     * @param cocoFile  the COCO JSON file, e.g. {@code instances_train.json}
     * @param imagesDir the folder the images' {@code file_name}s are relative to
     * @param labeller  the user whose annotation sets the annotations become
     * @param options   default provenance and who imports (the image's licence overrides the licence)
     * @param progress  receives the fraction done; cancelling stops after the current image
     * @return what this run did; problems name {@code FILE:$.annotations[3].bbox} style paths
     * @throws DatasetException      if the file is not JSON or has no images array, the folder does not exist, the
     *                               labeller is not a user, or the database or media store fails
     * @throws CancellationException if {@code progress} was cancelled; a re-run continues
     */
    public ImportReport runCoco(Path cocoFile, Path imagesDir, String labeller, ImportOptions options, Progress progress) throws DatasetException {
        String actor = options.actor();
        if (actor.isBlank() || actor.length() > 64) {
            throw new DatasetException("actor '" + actor + "' is not allowed; every import needs the name of who runs it, 1 to 64 characters");
        }
        return new CocoImportRun(db, media, options).run(cocoFile, imagesDir, labeller, progress);
    }
}
