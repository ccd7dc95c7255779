package ai.fvgs.dataset;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.ImportRun;
import ai.fvgs.sdk.Progress;

/**
 * Imports a folder or a CSV / JSONL manifest into a dataset: one entry per group of media files (and
 * side-cars, or manifest line), with the media stored by content, thumbnails made, and exact and near
 * duplicates reported. Get one from {@link DatasetStore#importer()}.
 * <p>
 * Every entry is committed on its own, together with the progress of its import batch; running the same
 * import again (after a crash, {@code kill -9} or a cancellation) continues the unfinished batch and skips
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
     * @param progress receives the fraction done and what is being imported; cancelling stops after the
     *                 current entry
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
}
