package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
 * stores the media of the others, and creates one entry per group together with the batch's counters and
 * problems. Worker threads (see {@link #MAX_WORKERS}) read, check, hash and store the
 * media of the next groups while this thread writes the groups in their order, so entry ids, duplicate and
 * near-duplicate findings are the same whatever the number of workers. Writes are committed in small
 * transactions (see {@link Commits}); an interrupted run loses nothing it committed, and the next run
 * continues after it.
 */
public final class ImportRun {

    /**
     * Worker threads that decode, hash and store media: two per processor, at most this many. More threads than
     * processors, because each stored file waits for its flush to disk ({@code fsync}, tens of milliseconds on a
     * busy disk) without using the processor, and concurrent flushes share the file system's journal commits.
     */
    private static final int MAX_WORKERS = 8;
    /** How many groups each worker may prepare ahead of the group being written. */
    private static final int LOOKAHEAD_PER_WORKER = 4;
    /**
     * After an import that created at least this many entries the database's planner statistics are refreshed:
     * a PostgreSQL planner that still believes the tables small chose nested loops over whole-table scans, and a
     * search that takes 10 ms took 150 ms, until autovacuum got round to the tables.
     */
    static final int ANALYZE_AFTER = 500;
    /** Groups per transaction, at most. */
    static final int COMMIT_GROUPS = 50;
    /** Milliseconds a transaction stays open, at most (checked after each group). */
    static final long COMMIT_MILLIS = 200;

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
     * @param progress receives, after each commit, the fraction of groups done and the last group committed
     *                 (that group and every one before it are in the database); cancelling stops after the
     *                 current group, commits what was done, and leaves the batch {@code cancelled} and resumable
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
        Set<String> done = db.transaction(c -> Entries.existingSourceKeys(c, groups.stream().map(ImportGroup::key).toList()));
        Provenance p = options.provenance();
        Provenance defaults = new Provenance(p.source() != null ? p.source() : clip(abs.toString()), p.licence(), p.rightsHolder(), p.consent(),
                p.creator(), batchId);
        int workers = Math.max(2, Math.min(MAX_WORKERS, 2 * Runtime.getRuntime().availableProcessors()));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "fvgs-import-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Prepared>> ahead = new ArrayDeque<>();
        int next = 0;
        try (Commits commits = new Commits(db.connect())) {
            for (int i = 0; i < groups.size(); i++) {
                for (; next < groups.size() && next < i + workers * LOOKAHEAD_PER_WORKER; next++) {
                    ImportGroup g = groups.get(next);
                    ahead.add(done.contains(g.key()) ? CompletableFuture.completedFuture(Prepared.already(g)) : pool.submit(() -> prepare(g, defaults)));
                }
                if (progress.isCancelled()) {
                    commits.commit();
                    db.transaction(c -> {
                        ImportBatches.finish(c, batchId, "cancelled", now());
                        return null;
                    });
                    throw new CancellationException("import of " + abs + " cancelled after " + i + " of " + groups.size()
                            + " entries; run it again to continue");
                }
                importGroup(await(ahead.removeFirst()), commits);
                if (commits.commitIfDue()) {
                    progress.report((double) (i + 1) / groups.size(), groups.get(i).label());
                }
            }
            commits.commit();
        } catch (SQLException e) {
            throw new DatasetException("database error on " + Database.redact(db.url()) + " while importing " + abs + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        db.transaction(c -> {
            ImportBatches.finish(c, batchId, "completed", now());
            return null;
        });
        if (created >= ANALYZE_AFTER) {
            analyze();
        }
        progress.report(1, "imported " + created + " entries");
        return new ImportReport(batchId, batch.resumed(), filesSeen, created, alreadyImported, problems);
    }

    /**
     * The open transaction of an import: groups are written into it as they are accepted, and it is committed
     * every {@link #COMMIT_GROUPS} groups or {@link #COMMIT_MILLIS} ms, whichever comes first, so a commit
     * (a disk flush on both databases) is paid once for many entries while an interruption loses at most that
     * much uncommitted work, which the next run redoes.
     */
    private static final class Commits implements AutoCloseable {

        private final Connection c;
        private int pending;
        private long firstPending;

        Commits(Connection c) throws SQLException {
            this.c = c;
            c.setAutoCommit(false);
        }

        Connection connection() {
            if (pending++ == 0) {
                firstPending = System.nanoTime();
            }
            return c;
        }

        boolean commitIfDue() throws SQLException {
            if (pending >= COMMIT_GROUPS || pending > 0 && System.nanoTime() - firstPending >= COMMIT_MILLIS * 1_000_000L) {
                commit();
                return true;
            }
            return false;
        }

        void commit() throws SQLException {
            c.commit();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            try {
                c.rollback(); // nothing is pending after a final commit; after a failure this drops the half-written groups
            } finally {
                c.close();
            }
        }
    }

    /** What the workers make of a group: its texts and provenance, its stored media, and what went wrong. */
    private record Prepared(ImportGroup group, boolean alreadyImported, ImportProblem failure, List<EntryText> texts, Provenance provenance,
            List<MediaFiles.Stored> stored, List<ImportProblem> found) {

        static Prepared already(ImportGroup g) {
            return new Prepared(g, true, null, List.of(), null, List.of(), List.of());
        }
    }

    private static Prepared await(Future<Prepared> f) throws DatasetException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DatasetException d) {
                throw d;
            }
            throw new DatasetException("import failed: " + e.getCause(), e.getCause());
        }
    }

    /** Runs on a worker: reads the side-cars and stores, checks and hashes the media; no database access. */
    private Prepared prepare(ImportGroup g, Provenance defaults) throws DatasetException {
        if (g.error() != null) {
            return new Prepared(g, false, new ImportProblem(g.media().isEmpty() ? g.label() : g.media().get(0).toString(), Kind.ERROR, g.error(), null),
                    List.of(), null, List.of(), List.of());
        }
        List<EntryText> texts = new ArrayList<>();
        Provenance provenance = defaults;
        try {
            for (Path sidecar : g.sidecars()) {
                provenance = readSidecar(sidecar, texts, provenance);
            }
            texts.addAll(g.fields().texts(options.language()));
            provenance = g.fields().over(provenance);
        } catch (ImportFailure e) {
            return new Prepared(g, false, new ImportProblem(g.sidecars().isEmpty() ? g.label() : g.sidecars().get(0).toString(), Kind.ERROR,
                    e.getMessage(), null), List.of(), null, List.of(), List.of());
        }
        List<ImportProblem> found = new ArrayList<>();
        List<MediaFiles.Stored> stored = storeMedia(g, found);
        return new Prepared(g, false, null, texts, provenance, stored, found);
    }

    private void importGroup(Prepared prepared, Commits commits) throws DatasetException, SQLException {
        ImportGroup g = prepared.group();
        int files = g.fileCount();
        filesSeen += files;
        Connection c = commits.connection();
        if (prepared.alreadyImported()) {
            alreadyImported++;
            commit(c, new ImportBatches.Counts(files, 0, 1, 0, 0, 0), List.of(), null, List.of());
            return;
        }
        if (prepared.failure() != null) {
            fail(c, files, List.of(prepared.failure()));
            return;
        }
        List<ImportProblem> found = new ArrayList<>(prepared.found());
        List<EntryText> texts = prepared.texts();
        List<MediaFiles.Stored> stored = prepared.stored();
        if (found.stream().anyMatch(p -> p.kind() == Kind.ERROR)) {
            fail(c, files, found);
            return;
        }
        List<MediaFiles.Stored> kept = new ArrayList<>();
        for (MediaFiles.Stored s : stored) {
            if (!duplicate(c, s, kept, found)) {
                kept.add(s);
            }
        }
        if (kept.isEmpty() && (!stored.isEmpty() || texts.isEmpty())) {
            if (stored.isEmpty()) {
                found.add(new ImportProblem(g.label(), Kind.ERROR, "no image, video, caption, description or tags to import", null));
            }
            fail(c, files, found);
            return;
        }
        for (MediaFiles.Stored s : kept) {
            nearDuplicate(s, found);
        }
        NewEntry entry = new NewEntry(g.key(), kept.stream().map(MediaFiles.Stored::item).toList(), texts, prepared.provenance());
        int dups = (int) found.stream().filter(p -> p.kind() == Kind.DUPLICATE).count();
        int near = (int) found.stream().filter(p -> p.kind() == Kind.NEAR_DUPLICATE).count();
        DatasetEntry e = commit(c, new ImportBatches.Counts(files, 1, 0, dups, near, 0), found, entry,
                kept.stream().map(MediaFiles.Stored::perceptualHash).toList());
        for (int i = 0; i < kept.size(); i++) {
            SampledFrameRows.insert(c, e.media().get(i).id(), kept.get(i).frames());
        }
        created++;
        for (int i = 0; i < kept.size(); i++) {
            hashes.add(new ImportBatches.Hash(e.id(), kept.get(i).item().kind(), kept.get(i).perceptualHash()));
        }
    }

    private List<MediaFiles.Stored> storeMedia(ImportGroup g, List<ImportProblem> found) throws DatasetException {
        List<MediaFiles.Stored> stored = new ArrayList<>();
        for (Path file : g.media()) {
            try {
                stored.add(MediaFiles.store(file, media, options.frameSampling(), options.sampledFrames()));
            } catch (ImportFailure e) {
                found.add(new ImportProblem(file.toString(), Kind.ERROR, e.getMessage(), null));
            } catch (IOException e) {
                throw new DatasetException("media store " + media.root() + " cannot store " + file + ": " + e.getMessage(), e);
            }
        }
        return stored;
    }

    private boolean duplicate(Connection c, MediaFiles.Stored s, List<MediaFiles.Stored> kept, List<ImportProblem> found) throws SQLException {
        String file = s.item().originalName();
        for (MediaFiles.Stored k : kept) {
            if (k.item().sha256().equals(s.item().sha256())) {
                found.add(new ImportProblem(file, Kind.DUPLICATE, "exact duplicate of " + k.item().originalName() + " in the same entry", null));
                return true;
            }
        }
        Optional<Long> other = ImportBatches.entryWithMedia(c, s.item().sha256());
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

    private void fail(Connection c, int files, List<ImportProblem> found) throws SQLException, DatasetException {
        int dups = (int) found.stream().filter(p -> p.kind() == Kind.DUPLICATE).count();
        int errors = (int) found.stream().filter(p -> p.kind() == Kind.ERROR).count();
        commit(c, new ImportBatches.Counts(files, 0, 0, dups, 0, errors), found, null, List.of());
    }

    /** Writes the entry (if any) with its perceptual hashes, and adds counts and problems to the batch, in the open transaction. */
    private DatasetEntry commit(Connection c, ImportBatches.Counts counts, List<ImportProblem> found, NewEntry entry, List<Long> perceptualHashes)
            throws SQLException, DatasetException {
        Instant at = now();
        DatasetEntry e = null;
        if (entry != null) {
            e = Entries.insert(c, entry, at, options.actor());
            for (int i = 0; i < perceptualHashes.size(); i++) {
                ImportBatches.setPerceptualHash(c, e.id(), i, perceptualHashes.get(i));
            }
        }
        ImportBatches.record(c, batchId, counts, found, at);
        problems.addAll(found);
        return e;
    }

    /** Refreshes the planner statistics of the tables an import fills (PostgreSQL: those tables; H2: all, sampled). */
    private void analyze() throws DatasetException {
        String sql = db.kind() == Database.Kind.H2 ? "ANALYZE SAMPLE_SIZE 10000"
                : "ANALYZE entries, media_items, texts, provenance, entry_terms, import_problems";
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DatasetException("database error on " + Database.redact(db.url()) + " while refreshing statistics after the import: "
                    + e.getMessage(), e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String clip(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
