package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.ImportProblem.Kind;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.MediaStore;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.sdk.Progress;

/**
 * One run of an import: finds the groups of a folder or manifest, skips those an earlier run imported,
 * stores the media of the others, and creates one entry per group, each in its own transaction together
 * with the batch's counters and problems, so an interrupted run loses nothing it committed.
 */
public final class ImportRun {

    private final Database db;
    private final MediaStore media;
    private final ImportOptions options;
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<ImportProblem> problems = new ArrayList<>();
    private List<ImportBatches.Hash> hashes;
    private long batchId;
    private int filesSeen;
    private int created;
    private int alreadyImported;

    /**
     * @param db      the database
     * @param media   the media store
     * @param options provenance, language, near-duplicate distance and actor
     */
    public ImportRun(Database db, MediaStore media, ImportOptions options) {
        this.db = db;
        this.media = media;
        this.options = options;
    }

    /**
     * @param source   a folder, or a {@code .csv} or {@code .jsonl} manifest
     * @param progress receives the fraction done and the group being imported; cancelling stops after the
     *                 current group, leaving the batch {@code cancelled} and resumable
     * @return what this run did
     * @throws DatasetException      if the source is not a folder or manifest, cannot be read, or the database fails
     * @throws CancellationException if cancelled; everything before was committed
     */
    public ImportReport run(Path source, Progress progress) throws DatasetException {
        Path abs = source.toAbsolutePath().normalize();
        List<ImportGroup> groups;
        String kind;
        if (Files.isDirectory(abs)) {
            kind = "folder";
            try {
                groups = FolderScan.scan(abs);
            } catch (IOException e) {
                throw new DatasetException("folder " + abs + " cannot be listed: " + e.getMessage(), e);
            }
        } else if (Files.isRegularFile(abs) && ManifestReader.isManifest(abs)) {
            kind = MediaFiles.extension(abs);
            groups = ManifestReader.read(abs);
        } else {
            throw new DatasetException("import source " + abs + (Files.exists(abs) ? " is not supported" : " does not exist")
                    + "; give a folder, or a manifest ending in .csv or .jsonl");
        }
        ImportBatches.Batch batch = db.transaction(c -> ImportBatches.start(c, abs.toString(), kind, options.actor(), now()));
        batchId = batch.id();
        hashes = new ArrayList<>(db.transaction(ImportBatches::hashes));
        Provenance defaults = options.provenance();
        defaults = new Provenance(defaults.source() != null ? defaults.source() : clip(abs.toString()), defaults.licence(), defaults.rightsHolder(),
                defaults.consent(), defaults.creator(), batchId);
        for (int i = 0; i < groups.size(); i++) {
            if (progress.isCancelled()) {
                db.transaction(c -> {
                    ImportBatches.finish(c, batchId, "cancelled", now());
                    return null;
                });
                throw new CancellationException("import of " + abs + " cancelled after " + i + " of " + groups.size()
                        + " entries; run it again to continue");
            }
            ImportGroup g = groups.get(i);
            progress.report((double) i / groups.size(), g.label());
            importGroup(g, defaults);
        }
        db.transaction(c -> {
            ImportBatches.finish(c, batchId, "completed", now());
            return null;
        });
        progress.report(1, "imported " + created + " entries");
        return new ImportReport(batchId, batch.resumed(), filesSeen, created, alreadyImported, problems);
    }

    private void importGroup(ImportGroup g, Provenance defaults) throws DatasetException {
        int files = g.fileCount();
        filesSeen += files;
        if (g.error() != null) {
            fail(files, List.of(new ImportProblem(g.media().isEmpty() ? g.label() : g.media().get(0).toString(), Kind.ERROR, g.error(), null)));
            return;
        }
        if (db.transaction(c -> Entries.idBySourceKey(c, g.key())).isPresent()) {
            alreadyImported++;
            commit(new ImportBatches.Counts(files, 0, 1, 0, 0, 0), List.of(), null, List.of());
            return;
        }
        List<ImportProblem> found = new ArrayList<>();
        List<EntryText> texts = new ArrayList<>();
        Provenance provenance = defaults;
        try {
            for (Path sidecar : g.sidecars()) {
                provenance = readSidecar(sidecar, texts, provenance);
            }
            texts.addAll(g.fields().texts(options.language()));
            provenance = g.fields().over(provenance);
        } catch (ImportFailure e) {
            fail(files, List.of(new ImportProblem(g.sidecars().isEmpty() ? g.label() : g.sidecars().get(0).toString(), Kind.ERROR,
                    e.getMessage(), null)));
            return;
        }
        List<MediaFiles.Stored> stored = storeMedia(g, found);
        if (found.stream().anyMatch(p -> p.kind() == Kind.ERROR)) {
            fail(files, found);
            return;
        }
        List<MediaFiles.Stored> kept = new ArrayList<>();
        for (MediaFiles.Stored s : stored) {
            if (!duplicate(s, kept, found)) {
                kept.add(s);
            }
        }
        if (kept.isEmpty() && (!stored.isEmpty() || texts.isEmpty())) {
            if (stored.isEmpty()) {
                found.add(new ImportProblem(g.label(), Kind.ERROR, "no image, video, caption, description or tags to import", null));
            }
            fail(files, found);
            return;
        }
        for (MediaFiles.Stored s : kept) {
            nearDuplicate(s, found);
        }
        NewEntry entry = new NewEntry(g.key(), kept.stream().map(MediaFiles.Stored::item).toList(), texts, provenance);
        int dups = (int) found.stream().filter(p -> p.kind() == Kind.DUPLICATE).count();
        int near = (int) found.stream().filter(p -> p.kind() == Kind.NEAR_DUPLICATE).count();
        DatasetEntry e = commit(new ImportBatches.Counts(files, 1, 0, dups, near, 0), found, entry,
                kept.stream().map(MediaFiles.Stored::perceptualHash).toList());
        created++;
        for (int i = 0; i < kept.size(); i++) {
            hashes.add(new ImportBatches.Hash(e.id(), kept.get(i).item().kind(), kept.get(i).perceptualHash()));
        }
    }

    private List<MediaFiles.Stored> storeMedia(ImportGroup g, List<ImportProblem> found) throws DatasetException {
        List<MediaFiles.Stored> stored = new ArrayList<>();
        for (Path file : g.media()) {
            try {
                stored.add(MediaFiles.store(file, media));
            } catch (ImportFailure e) {
                found.add(new ImportProblem(file.toString(), Kind.ERROR, e.getMessage(), null));
            } catch (IOException e) {
                throw new DatasetException("media store " + media.root() + " cannot store " + file + ": " + e.getMessage(), e);
            }
        }
        return stored;
    }

    private boolean duplicate(MediaFiles.Stored s, List<MediaFiles.Stored> kept, List<ImportProblem> found) throws DatasetException {
        String file = s.item().originalName();
        for (MediaFiles.Stored k : kept) {
            if (k.item().sha256().equals(s.item().sha256())) {
                found.add(new ImportProblem(file, Kind.DUPLICATE, "exact duplicate of " + k.item().originalName() + " in the same entry", null));
                return true;
            }
        }
        Optional<Long> other = db.transaction(c -> ImportBatches.entryWithMedia(c, s.item().sha256()));
        if (other.isPresent()) {
            found.add(new ImportProblem(file, Kind.DUPLICATE, "exact duplicate (same SHA-256) of entry " + other.get() + "; not imported again",
                    other.get()));
            return true;
        }
        return false;
    }

    private void nearDuplicate(MediaFiles.Stored s, List<ImportProblem> found) {
        if (options.nearDuplicateDistance() < 0) {
            return;
        }
        ImportBatches.Hash best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ImportBatches.Hash h : hashes) {
            int d = Pixels.distance(h.hash(), s.perceptualHash());
            if (h.kind() == s.item().kind() && d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= options.nearDuplicateDistance()) {
            found.add(new ImportProblem(s.item().originalName(), Kind.NEAR_DUPLICATE, "near duplicate of entry " + best.entryId() + " ("
                    + bestDistance + " of 64 perceptual-hash bits differ); imported", best.entryId()));
        }
    }

    private Provenance readSidecar(Path sidecar, List<EntryText> texts, Provenance provenance) throws ImportFailure {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(sidecar))).toString().strip();
        } catch (CharacterCodingException e) {
            throw new ImportFailure("side-car is not UTF-8 text");
        } catch (IOException e) {
            throw new ImportFailure("side-car cannot be read: " + e.getMessage(), e);
        }
        if (MediaFiles.extension(sidecar).equals("txt")) {
            if (!text.isEmpty()) {
                try {
                    texts.add(new EntryText(TextKind.CAPTION, options.language(), text));
                } catch (IllegalArgumentException e) {
                    throw new ImportFailure(e.getMessage(), e);
                }
            }
            return provenance;
        }
        ImportFields fields;
        try {
            fields = ImportFields.of(mapper.readTree(text), "JSON side-car");
        } catch (JsonProcessingException e) {
            throw new ImportFailure("malformed JSON side-car: " + e.getOriginalMessage(), e);
        }
        texts.addAll(fields.texts(options.language()));
        return fields.over(provenance);
    }

    private void fail(int files, List<ImportProblem> found) throws DatasetException {
        int dups = (int) found.stream().filter(p -> p.kind() == Kind.DUPLICATE).count();
        int errors = (int) found.stream().filter(p -> p.kind() == Kind.ERROR).count();
        commit(new ImportBatches.Counts(files, 0, 0, dups, 0, errors), found, null, List.of());
    }

    /** Creates the entry (if any) with its perceptual hashes, and adds counts and problems to the batch, in one transaction. */
    private DatasetEntry commit(ImportBatches.Counts counts, List<ImportProblem> found, NewEntry entry, List<Long> perceptualHashes)
            throws DatasetException {
        Instant at = now();
        DatasetEntry stored = db.transaction(c -> {
            DatasetEntry e = null;
            if (entry != null) {
                e = Entries.insert(c, entry, at, options.actor());
                for (int i = 0; i < perceptualHashes.size(); i++) {
                    ImportBatches.setPerceptualHash(c, e.id(), i, perceptualHashes.get(i));
                }
            }
            ImportBatches.record(c, batchId, counts, found, at);
            return e;
        });
        problems.addAll(found);
        return stored;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String clip(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
