package ai.fvgs.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import ai.fvgs.dataset.internal.AuditLog;
import ai.fvgs.dataset.internal.Database;
import ai.fvgs.dataset.internal.Entries;
import ai.fvgs.dataset.internal.LabelIds;
import ai.fvgs.dataset.internal.Migrations;
import ai.fvgs.dataset.internal.SearchTerms;
import ai.fvgs.dataset.internal.UserTable;

/**
 * The Fashion Media Database: an open connection to the dataset's database (H2 embedded or PostgreSQL)
 * and its media store. Opening brings the schema up to date. Every change runs in one transaction and
 * writes an audit record naming who made it.
 * <p>
 * Thread-safe. Several stores (in this or other processes, for PostgreSQL) may work on one database;
 * {@link #update(DatasetEntry, String)} makes sure nobody silently overwrites another's change.
 */
public final class DatasetStore implements AutoCloseable {

    private final Database db;
    private final MediaStore media;
    private final int schemaVersion;
    private final Workflow workflow;
    private final DatasetSearch search;
    private final AnnotationStore annotations;
    private final TaxonomyStore taxonomies;
    private final SnapshotStore snapshots;
    private final DatasetQuality quality;

    private DatasetStore(Database db, MediaStore media, int schemaVersion) {
        this.db = db;
        this.media = media;
        this.schemaVersion = schemaVersion;
        this.workflow = new Workflow(db);
        this.search = new DatasetSearch(db);
        this.annotations = new AnnotationStore(db, media);
        this.taxonomies = new TaxonomyStore(db);
        this.snapshots = new SnapshotStore(db, new LabelIds(new TaxonomyIds(taxonomies)));
        this.quality = new DatasetQuality(db, media);
    }

    /**
     * Opens a dataset, creating or migrating its schema.
     *
     * @param jdbcUrl   {@code jdbc:h2:file:PATH} for an embedded database (settings the schema needs, such as
     *                  {@code MODE=PostgreSQL}, are added when missing), or
     *                  {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?currentSchema=SCHEMA&user=...]}; a schema
     *                  named by {@code currentSchema} is created when missing
     * @param mediaRoot the folder of the content-addressed media store; created when missing
     * @return the open store; close it when done
     * @throws DatasetException naming the URL if it is not supported, the database cannot be reached or
     *                          opened, its schema is newer than this version understands, or a migration fails
     */
    public static DatasetStore open(String jdbcUrl, Path mediaRoot) throws DatasetException {
        MediaStore media;
        try {
            media = new MediaStore(mediaRoot);
        } catch (IOException e) {
            throw new DatasetException("media store folder " + mediaRoot + " cannot be created: " + e.getMessage(), e);
        }
        Database db = Database.open(jdbcUrl);
        try {
            DatasetStore store = new DatasetStore(db, media, Migrations.migrate(db));
            store.search.catchUp(); // entries from before the search index existed
            store.taxonomies.installOnOpen(); // built-in and vendor taxonomies; a no-op when installed already
            return store;
        } catch (DatasetException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * @param dataDirectory the data directory
     * @return the default database: an H2 file {@code <data dir>/dataset/fvgs.mv.db}
     */
    public static String defaultUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("dataset").resolve("fvgs");
    }

    /**
     * @param dataDirectory the data directory
     * @return the default media store folder, {@code <data dir>/dataset/media}
     */
    public static Path defaultMediaRoot(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().resolve("dataset").resolve("media");
    }

    /** @return the newest schema version this bundle knows */
    public static int latestSchemaVersion() {
        return Migrations.LATEST;
    }

    /** @return the URL connections use, with any password replaced by {@code ***} */
    public String url() {
        return Database.redact(db.url());
    }

    /** @return {@code H2} or {@code PostgreSQL} */
    public String databaseName() {
        return db.kind() == Database.Kind.H2 ? "H2" : "PostgreSQL";
    }

    /** @return the schema version of the database */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** @return the media store */
    public MediaStore media() {
        return media;
    }

    /** @return an importer of folders and manifests into this dataset */
    public DatasetImport importer() {
        return new DatasetImport(db, media);
    }

    /** @return the labelling workflow: assignment queues and status changes by role */
    public Workflow workflow() {
        return workflow;
    }

    /** @return full-text and filtered search, and dataset counts */
    public DatasetSearch search() {
        return search;
    }

    /** @return the entries' annotations, per labeller, with their audit history */
    public AnnotationStore annotations() {
        return annotations;
    }

    /** @return immutable, content-hashed snapshots with train/val/test splits */
    public SnapshotStore snapshots() {
        return snapshots;
    }

    /** @return the exporter of snapshots as COCO, YOLO or JSONL folders */
    public SnapshotExport exporter() {
        return new SnapshotExport(db, media);
    }

    /**
     * @return the taxonomies that annotation labels refer to: built-in, vendor and imported versions
     */
    public TaxonomyStore taxonomies() {
        return taxonomies;
    }

    /**
     * @param mediaItemId a media item's id ({@link MediaItem#id()})
     * @return the stills the import kept of that video, in time order (see {@link FrameSampling}); empty for images,
     *         texts and videos imported before schema version 7
     * @throws DatasetException on a database error
     */
    public List<SampledFrame> sampledFrames(long mediaItemId) throws DatasetException {
        return db.transaction(c -> ai.fvgs.dataset.internal.SampledFrameRows.load(c, mediaItemId));
    }

    /** @return quality figures: agreement between labellers, throughput per labeller, label distributions */
    public DatasetQuality quality() {
        return quality;
    }

    /**
     * @param name  the new user's name, see {@link User#NAME_PATTERN}
     * @param role  the role
     * @param actor who adds the user
     * @return the user
     * @throws DatasetException if the name is not allowed or taken, or on a database error
     */
    public User addUser(String name, Role role, String actor) throws DatasetException {
        String checked = checked(() -> User.checkName(name));
        String who = actor(actor);
        Instant now = now();
        return db.transaction(c -> UserTable.add(c, checked, role, now, who));
    }

    /**
     * @param name  an existing user's name
     * @param role  the new role
     * @param actor who changes it
     * @return the user with the new role
     * @throws DatasetException if the user does not exist, or on a database error
     */
    public User setRole(String name, Role role, String actor) throws DatasetException {
        String who = actor(actor);
        Instant now = now();
        return db.transaction(c -> UserTable.setRole(c, name, role, now, who));
    }

    /**
     * @param name a user name
     * @return the user, or empty
     * @throws DatasetException on a database error
     */
    public Optional<User> user(String name) throws DatasetException {
        return db.transaction(c -> UserTable.find(c, name));
    }

    /**
     * @return every user, ordered by name
     * @throws DatasetException on a database error
     */
    public List<User> users() throws DatasetException {
        return db.transaction(UserTable::list);
    }

    /**
     * Creates an entry with its media, texts and provenance in one transaction, with status {@code new} and
     * version 1.
     *
     * @param entry the entry; its media files must already be in {@link #media()}
     * @param actor who creates it
     * @return the stored entry
     * @throws DatasetException if a media file is not in the media store, the source key is taken, or on a
     *                          database error
     */
    public DatasetEntry create(NewEntry entry, String actor) throws DatasetException {
        for (MediaItem m : entry.media()) {
            if (!media.exists(m.sha256())) {
                throw new DatasetException("media " + m.sha256() + (m.originalName() == null ? "" : " (" + m.originalName() + ")")
                        + " is not in the media store " + media.root() + "; store the file with MediaStore.put first");
            }
        }
        String who = actor(actor);
        Instant now = now();
        return db.transaction(c -> {
            DatasetEntry created = Entries.insert(c, entry, now, who);
            SearchTerms.index(c, created.id());
            return created;
        });
    }

    /**
     * @param id an entry id
     * @return the entry with its media, texts and provenance, or empty
     * @throws DatasetException on a database error
     */
    public Optional<DatasetEntry> entry(long id) throws DatasetException {
        return db.transaction(c -> Entries.load(c, id));
    }

    /**
     * Saves an edited entry: its status, assignee, review comment and texts. It is saved only if nobody
     * else saved the entry since {@code edited} was read, i.e. the stored version is still
     * {@code edited.version()}; the stored version then goes up by one.
     *
     * @param edited an entry from {@link #entry(long)} or an earlier update, changed with its {@code with...}
     *               methods
     * @param actor  who saves it
     * @return the stored entry with its new version
     * @throws ConflictException if someone else saved the entry first; nothing was changed
     * @throws DatasetException  if the entry or assignee does not exist, a rejection has no review comment,
     *                           or on a database error
     */
    public DatasetEntry update(DatasetEntry edited, String actor) throws DatasetException {
        String who = actor(actor);
        Instant now = now();
        return db.transaction(c -> {
            DatasetEntry saved = Entries.update(c, edited, now, who);
            SearchTerms.index(c, saved.id());
            return saved;
        });
    }

    /**
     * @param entryId an entry id
     * @return the audit records of the entry, oldest first
     * @throws DatasetException on a database error
     */
    public List<AuditRecord> entryHistory(long entryId) throws DatasetException {
        return db.transaction(c -> AuditLog.read(c, "entry", entryId));
    }

    /**
     * @param userId a user id
     * @return the audit records of changes to the user, oldest first
     * @throws DatasetException on a database error
     */
    public List<AuditRecord> userHistory(long userId) throws DatasetException {
        return db.transaction(c -> AuditLog.read(c, "user", userId));
    }

    /** Closes the connections; for an embedded database this closes the database file. */
    @Override
    public void close() {
        db.close();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // both databases store microseconds
    }

    private static String actor(String actor) throws DatasetException {
        if (actor == null || actor.isBlank() || actor.length() > 64) {
            throw new DatasetException("actor '" + actor + "' is not allowed; every change needs the name of who makes it, 1 to 64 characters");
        }
        return actor;
    }

    private static <T> T checked(java.util.function.Supplier<T> check) throws DatasetException {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new DatasetException(e.getMessage(), e);
        }
    }
}
