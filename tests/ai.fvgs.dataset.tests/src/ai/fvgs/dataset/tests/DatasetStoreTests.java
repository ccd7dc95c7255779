package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.AuditRecord;
import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.dataset.User;

/** What every database must do; one subclass per database. Each test starts from an empty database. */
abstract class DatasetStoreTests extends DatabaseSuite {

    @Test
    void migratesAnEmptyDatabaseAndReopensIt() throws Exception {
        try (DatasetStore store = open()) {
            assertEquals(DatasetStore.latestSchemaVersion(), store.schemaVersion(), "schema version after migrating from empty");
            assertEquals(List.of(), store.users());
            store.addUser("ada", Role.LABELLER, "admin");
        }
        try (DatasetStore store = open()) {
            assertEquals(DatasetStore.latestSchemaVersion(), store.schemaVersion());
            assertEquals(List.of("ada"), store.users().stream().map(User::name).toList(), "users survive reopening");
        }
    }

    @Test
    void refusesADatabaseWithANewerSchema() throws Exception {
        open().close();
        int future = DatasetStore.latestSchemaVersion() + 1;
        db.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (1000, '" + future + "', 'from the future', 'SQL', "
                + "'V" + future + "__from_the_future.sql', 0, 'test', 1, TRUE)");
        DatasetException e = assertThrows(DatasetException.class, this::open);
        assertTrue(e.getMessage().contains("schema version " + future) && e.getMessage().contains("update AI-FVGS"), e.getMessage());
    }

    @Test
    void entryRoundTripKeepsMediaTextsAndProvenance() throws Exception {
        try (DatasetStore store = open()) {
            String image = store.media().put(file("look-01.jpg", "jpeg bytes"));
            String video = store.media().put(file("walk.mp4", "mp4 bytes"));
            NewEntry entry = new NewEntry("batch-1/look-01",
                    List.of(MediaItem.image(image, 10, "image/jpeg", 1024, 1536, "look-01.jpg"),
                            MediaItem.video(video, 9, "video/mp4", 1280, 720, 4.5, 25, "h264", "walk.mp4")),
                    List.of(new EntryText(TextKind.CAPTION, "en", "A model walks in a red A-line dress."),
                            new EntryText(TextKind.TAGS, "de-CH", "Kleid, rot, Laufsteg")),
                    new Provenance("studio shoot 2026-03", "CC-BY-4.0", "Atelier Nord", Consent.OBTAINED, "J. Doe", null));
            DatasetEntry created = store.create(entry, "ada");

            DatasetEntry read = store.entry(created.id()).orElseThrow();
            assertEquals(created, read);
            assertEquals(EntryStatus.NEW, read.status());
            assertEquals(1, read.version());
            assertEquals("batch-1/look-01", read.sourceKey());
            assertEquals(entry.texts(), read.texts());
            assertEquals(entry.provenance(), read.provenance());
            assertEquals("ada", read.createdBy());
            assertEquals(2, read.media().size());
            MediaItem v = read.media().get(1);
            assertEquals(List.of(video, 9L, "video/mp4", 1280, 720, 4.5, 25.0, "h264", "walk.mp4"),
                    List.of(v.sha256(), v.sizeBytes(), v.mimeType(), v.width(), v.height(), v.durationSeconds(), v.fps(), v.codec(),
                            v.originalName()));
            assertNull(read.media().get(0).durationSeconds(), "an image has no duration");
            assertTrue(store.entry(created.id() + 1000).isEmpty());
        }
    }

    @Test
    void refusesEntriesWhoseMediaIsNotStored() throws Exception {
        try (DatasetStore store = open()) {
            String missing = "ab".repeat(32);
            NewEntry entry = new NewEntry(null, List.of(MediaItem.image(missing, 1, "image/png", 1, 1, "x.png")), List.of(), Provenance.UNKNOWN);
            DatasetException e = assertThrows(DatasetException.class, () -> store.create(entry, "ada"));
            assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("x.png"), e.getMessage());
        }
    }

    @Test
    void secondSaveOfTheSameVersionIsAConflictAndOverwritesNothing() throws Exception {
        try (DatasetStore alice = open(); DatasetStore bob = open()) {
            alice.addUser("alice", Role.LABELLER, "admin");
            long id = alice.create(textEntry(), "admin").id();
            DatasetEntry aliceCopy = alice.entry(id).orElseThrow();
            DatasetEntry bobCopy = bob.entry(id).orElseThrow();

            DatasetEntry saved = alice.update(aliceCopy.withStatus(EntryStatus.IN_PROGRESS).withAssignee("alice"), "alice");
            assertEquals(2, saved.version());
            ConflictException e = assertThrows(ConflictException.class,
                    () -> bob.update(bobCopy.withTexts(List.of(new EntryText(TextKind.CAPTION, "en", "bob's caption"))), "bob"));
            assertEquals(List.of(id, 1L, 2L), List.of(e.entryId(), e.expectedVersion(), e.currentVersion()));
            assertTrue(e.getMessage().contains("entry " + id) && e.getMessage().contains("version 1") && e.getMessage().contains("version 2"),
                    e.getMessage());

            DatasetEntry stored = bob.entry(id).orElseThrow();
            assertEquals(saved, stored, "the first save is stored unchanged");
            assertEquals(textEntry().texts(), stored.texts());
            DatasetEntry merged = bob.update(stored.withTexts(List.of(new EntryText(TextKind.CAPTION, "en", "bob's caption"))), "bob");
            assertEquals(3, merged.version(), "saving on top of the current version works");
            assertEquals("alice", merged.assignee());
        }
    }

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneWin() throws Exception {
        int writers = 4;
        List<DatasetStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int i = 0; i < writers; i++) {
                stores.add(open());
            }
            long id = stores.get(0).create(textEntry(), "admin").id();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                DatasetStore store = stores.get(i);
                DatasetEntry copy = store.entry(id).orElseThrow();
                String caption = "caption from writer " + i;
                Callable<Boolean> save = () -> {
                    start.await();
                    try {
                        store.update(copy.withTexts(List.of(new EntryText(TextKind.CAPTION, "en", caption))), "writer");
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                };
                results.add(pool.submit(save));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> r : results) {
                wins += r.get() ? 1 : 0;
            }
            assertEquals(1, wins, "exactly one of " + writers + " concurrent saves of version 1 succeeds");
            DatasetEntry stored = stores.get(0).entry(id).orElseThrow();
            assertEquals(2, stored.version());
            assertEquals(2, stores.get(0).entryHistory(id).size(), "one create and one update are audited, nothing else");
        } finally {
            pool.shutdownNow();
            stores.forEach(DatasetStore::close);
        }
    }

    @Test
    void everyChangeIsAuditedWithWhoAndBeforeAndAfter() throws Exception {
        try (DatasetStore store = open()) {
            User bea = store.addUser("bea", Role.LABELLER, "root");
            store.setRole("bea", Role.REVIEWER, "root");
            DatasetEntry e = store.create(textEntry(), "importer");
            store.update(e.withStatus(EntryStatus.REJECTED).withReviewComment("caption names the wrong colour"), "bea");

            List<AuditRecord> entryLog = store.entryHistory(e.id());
            assertEquals(List.of("create", "update"), entryLog.stream().map(AuditRecord::action).toList());
            assertEquals(List.of("importer", "bea"), entryLog.stream().map(AuditRecord::actor).toList());
            assertNull(entryLog.get(0).before());
            AuditRecord update = entryLog.get(1);
            assertTrue(update.before().contains("\"status\":\"new\"") && update.before().contains("\"version\":1"), update.before());
            assertTrue(update.after().contains("\"status\":\"rejected\"") && update.after().contains("caption names the wrong colour"),
                    update.after());
            assertTrue(!update.at().isBefore(entryLog.get(0).at()));

            List<AuditRecord> userLog = store.userHistory(bea.id());
            assertEquals(List.of("add", "set-role"), userLog.stream().map(AuditRecord::action).toList());
            assertEquals("{\"name\":\"bea\",\"role\":\"reviewer\"}", userLog.get(1).after());
        }
    }

    @Test
    void rejectingNeedsAComment() throws Exception {
        try (DatasetStore store = open()) {
            DatasetEntry e = store.create(textEntry(), "admin");
            DatasetException x = assertThrows(DatasetException.class, () -> store.update(e.withStatus(EntryStatus.REJECTED), "rev"));
            assertTrue(x.getMessage().contains("review comment"), x.getMessage());
            assertEquals(1, store.entry(e.id()).orElseThrow().version(), "nothing was saved");
        }
    }

    @Test
    void usersHaveUniqueNamesAndKnownRoles() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("zoe", Role.ADMIN, "root");
            store.addUser("ada", Role.LABELLER, "root");
            assertEquals(List.of("ada", "zoe"), store.users().stream().map(User::name).toList());
            DatasetException dup = assertThrows(DatasetException.class, () -> store.addUser("ada", Role.REVIEWER, "root"));
            assertTrue(dup.getMessage().contains("'ada' already exists"), dup.getMessage());
            DatasetException bad = assertThrows(DatasetException.class, () -> store.addUser("a b", Role.REVIEWER, "root"));
            assertTrue(bad.getMessage().contains("'a b'"), bad.getMessage());
            DatasetException unknown = assertThrows(DatasetException.class, () -> store.setRole("nobody", Role.ADMIN, "root"));
            assertTrue(unknown.getMessage().contains("'nobody' does not exist"), unknown.getMessage());
            assertEquals(Role.REVIEWER, store.setRole("ada", Role.REVIEWER, "root").role());
            assertEquals(Role.REVIEWER, store.user("ada").orElseThrow().role());
            DatasetEntry e = store.create(textEntry(), "root");
            DatasetException assignee = assertThrows(DatasetException.class, () -> store.update(e.withAssignee("ghost"), "root"));
            assertTrue(assignee.getMessage().contains("'ghost' does not exist"), assignee.getMessage());
        }
    }

    static NewEntry textEntry() {
        return new NewEntry(null, List.of(), List.of(new EntryText(TextKind.DESCRIPTION, "en", "Wool coat, double-breasted, camel.")),
                Provenance.UNKNOWN);
    }

    Path file(String name, String content) throws Exception {
        Path f = work.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, content, StandardCharsets.UTF_8);
    }
}
