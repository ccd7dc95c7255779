package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.ExportMedia;
import ai.fvgs.dataset.ExportOptions;
import ai.fvgs.dataset.ExportReport;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaStore;
import ai.fvgs.dataset.Snapshot;
import ai.fvgs.dataset.SnapshotLabel;

/**
 * One export of a snapshot: checks the target folder, writes the chosen format into a staging folder next to
 * it, provides the media files, and renames the staging folder to the target when everything is written.
 */
public final class ExportRun {

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp", "webp", "video/mp4",
            "mp4", "video/quicktime", "mov", "video/webm", "webm", "video/x-matroska", "mkv");

    private final Database db;
    private final MediaStore media;
    private final ExportOptions options;

    /** Counts of what was written. */
    static final class Counts {
        int media;
        int annotations;
        int skipped;
    }

    /** What the format writers need; ids are looked up by key, not by scanning the label lists. */
    record Context(Snapshot snapshot, List<SnapshotLabel> categories, List<SnapshotLabel> attributes, List<String> licences, Path dir,
            Path finalDir, ExportRun run, Counts counts, Map<String, Integer> categoryIds, Map<String, Integer> attributeIds) {

        Context(Snapshot snapshot, List<SnapshotLabel> categories, List<SnapshotLabel> attributes, List<String> licences, Path dir, Path finalDir,
                ExportRun run, Counts counts) {
            this(snapshot, categories, attributes, licences, dir, finalDir, run, counts, new HashMap<>(), new HashMap<>());
            for (SnapshotLabel c : categories) {
                categoryIds.put(key(c.name(), c.taxonomy(), c.taxonomyVersion(), null), c.id());
            }
            for (SnapshotLabel a : attributes) {
                attributeIds.put(key(a.name(), a.taxonomy(), a.taxonomyVersion(), a.supercategory()), a.id());
            }
        }

        /** @return the category id of a label, or -1 */
        int categoryId(Label l) {
            return categoryIds.getOrDefault(key(l.name(), l.taxonomy(), l.taxonomyVersion(), null), -1);
        }

        /** @return the attribute id of an attribute (value) or tag ({@code null} value), or -1 */
        int attributeId(Label l, String value) {
            LabelIds.Attribute a = new LabelIds.Attribute(l, value);
            return attributeIds.getOrDefault(key(a.name(), l.taxonomy(), l.taxonomyVersion(), a.supercategory()), -1);
        }

        private static String key(String name, String taxonomy, String version, String supercategory) {
            return name + '\u0000' + Objects.toString(taxonomy, "") + '\u0000' + Objects.toString(version, "") + '\u0000'
                    + Objects.toString(supercategory, "");
        }
    }

    /**
     * @param db      the database
     * @param media   the media store
     * @param options format, media mode and YOLO task
     */
    public ExportRun(Database db, MediaStore media, ExportOptions options) {
        this.db = db;
        this.media = media;
        this.options = options;
    }

    /**
     * @param snapshotName the snapshot
     * @param target       the folder to create
     * @return what was written
     * @throws DatasetException see {@link ai.fvgs.dataset.SnapshotExport#export}
     */
    public ExportReport run(String snapshotName, Path target) throws DatasetException {
        Path dir = target.toAbsolutePath().normalize();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new DatasetException("export folder " + dir + " already exists and is not empty; give a new or an empty folder");
        }
        Path parent = dir.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            staging = parent.resolve("." + dir.getFileName() + ".partial-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new DatasetException("export folder " + dir + " cannot be created: " + e, e);
        }
        boolean done = false;
        try {
            Counts counts = new Counts();
            db.transaction(c -> {
                Snapshot s = SnapshotRows.find(c, snapshotName).orElseThrow(() -> new DatasetException("snapshot '" + snapshotName
                        + "' does not exist; see: fvgs dataset snapshot list"));
                Context ctx = new Context(s, SnapshotRows.labels(c, s.id(), "category"), SnapshotRows.labels(c, s.id(), "attribute"),
                        SnapshotRows.licences(c, s.id()), staging, dir, this, counts);
                try {
                    switch (options.format()) {
                        case COCO -> CocoExport.write(c, ctx);
                        case YOLO -> YoloExport.write(c, ctx, options.yoloTask());
                        case JSONL -> JsonlExport.write(c, ctx);
                    }
                } catch (IOException e) {
                    throw new DatasetException("export to " + dir + " failed: " + e, e);
                } catch (UncheckedIOException e) {
                    throw new DatasetException("export to " + dir + " failed: " + e.getCause(), e.getCause());
                } catch (DatasetException | java.sql.SQLException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new DatasetException("export to " + dir + " failed: " + e, e);
                }
                return null;
            });
            List<String> files = files(staging);
            try {
                if (Files.isDirectory(dir)) {
                    Files.delete(dir); // empty, checked above
                }
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new DatasetException("export folder " + dir + " cannot be renamed into place atomically: " + e.getMessage(), e);
            } catch (FileAlreadyExistsException e) {
                throw new DatasetException("export folder " + dir + " was created by someone else during the export; nothing was written", e);
            } catch (IOException e) {
                throw new DatasetException("export folder " + dir + " cannot be renamed into place: " + e, e);
            }
            done = true;
            return new ExportReport(dir, files, counts.media, counts.annotations, counts.skipped);
        } finally {
            if (!done) {
                deleteTree(staging);
            }
        }
    }

    /**
     * Provides a media file under the staging folder (unless the mode is {@code none}); a file already there
     * is kept.
     *
     * @param item     the media item
     * @param relative where, e.g. {@code images/<sha>.png}
     * @param entryId  for messages
     * @throws IOException      if it cannot be written
     * @throws DatasetException if the file is missing from the media store
     */
    void provide(Context ctx, MediaItem item, String relative, long entryId) throws IOException, DatasetException {
        if (options.media() == ExportMedia.NONE) {
            return;
        }
        Path to = ctx.dir().resolve(relative);
        if (Files.exists(to)) {
            return;
        }
        Path from = media.path(item.sha256());
        if (!Files.isRegularFile(from)) {
            throw new DatasetException("media " + item.sha256() + " of entry " + entryId + " is missing from the media store " + media.root()
                    + "; the export needs it (or use --media none)");
        }
        Files.createDirectories(to.getParent());
        if (options.media() == ExportMedia.LINK) {
            try {
                Files.createLink(to, from);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or no hard links: copy instead
            }
        }
        Files.copy(from, to);
    }

    /** @param sha256 a media file @return its path in the media store */
    Path mediaPath(String sha256) {
        return media.path(sha256);
    }

    /** @param item a media item @return its export file name, {@code <sha256>.<extension>} */
    static String fileName(MediaItem item) {
        String ext = EXTENSIONS.get(item.mimeType());
        if (ext == null && item.originalName() != null && item.originalName().lastIndexOf('.') > 0) {
            ext = item.originalName().substring(item.originalName().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }
        return item.sha256() + "." + (ext == null || !ext.matches("[a-z0-9]{1,8}") ? "bin" : ext);
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> files(Path root) throws DatasetException {
        try (Stream<Path> s = Files.walk(root)) {
            List<String> out = new ArrayList<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new DatasetException("export folder " + root + " cannot be listed: " + e, e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a staging folder that cannot be removed is named .<name>.partial-* and can be deleted by hand
        }
    }
}
