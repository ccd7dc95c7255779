package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.AuditRecord;
import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Workflow;
import ai.fvgs.dataset.WorkflowException;

/** Assignment queues and workflow rules on every database; one subclass per database. */
abstract class WorkflowTests extends DatabaseSuite {

    private static List<Long> createEntries(DatasetStore store, int n) throws DatasetException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(store.create(DatasetStoreTests.textEntry(), "importer").id());
        }
        return ids;
    }

    @Test
    void concurrentLabellersNeverGetTheSameEntry() throws Exception {
        int labellers = 4;
        int entries = 40;
        List<DatasetStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(labellers);
        try {
            for (int i = 0; i < labellers; i++) {
                stores.add(open());
            }
            DatasetStore admin = stores.get(0);
            admin.addUser("boss", Role.ADMIN, "root");
            for (int i = 0; i < labellers; i++) {
                admin.addUser("l" + i, Role.LABELLER, "root");
            }
            List<Long> ids = createEntries(admin, entries);
            admin.workflow().assign(ids.get(30), "l0", "boss"); // in l0's own queue, the rest in the shared pool
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int i = 0; i < labellers; i++) {
                Workflow w = stores.get(i).workflow();
                String me = "l" + i;
                Callable<List<Long>> work = () -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (Optional<DatasetEntry> e; (e = w.next(me)).isPresent();) {
                        assertEquals(EntryStatus.IN_PROGRESS, e.get().status());
                        assertEquals(me, e.get().assignee());
                        mine.add(e.get().id());
                        w.transition(e.get(), EntryStatus.SUBMITTED, null, me);
                    }
                    return mine;
                };
                taken.add(pool.submit(work));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : taken) {
                all.addAll(f.get());
            }
            assertEquals(entries, all.size(), "every entry handed out once: " + all);
            assertEquals(new HashSet<>(ids), new HashSet<>(all), "no entry handed out twice");
            assertTrue(taken.get(0).get().contains(ids.get(30)), "l0 got the entry assigned to it");
            assertEquals(entries, admin.search().stats().byStatus().get(EntryStatus.SUBMITTED));
        } finally {
            pool.shutdownNow();
            stores.forEach(DatasetStore::close);
        }
    }

    @Test
    void nextTakesOwnQueueFirstThenThePoolAndResumesWorkInHand() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("boss", Role.ADMIN, "root");
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("bob", Role.LABELLER, "root");
            store.addUser("rev", Role.REVIEWER, "root");
            List<Long> ids = createEntries(store, 4);
            Workflow w = store.workflow();
            w.assign(ids.get(2), "ada", "boss");
            w.assign(ids.get(0), "bob", "boss");

            DatasetEntry first = w.next("ada").orElseThrow();
            assertEquals(ids.get(2), first.id(), "the entry assigned to ada comes before older unassigned ones");
            assertEquals(first, w.next("ada").orElseThrow(), "work in hand is handed back, unchanged");
            w.transition(first, EntryStatus.SUBMITTED, null, "ada");
            assertEquals(ids.get(1), w.next("ada").orElseThrow().id(), "then the oldest unassigned entry; bob's stays his");
            assertEquals(ids.get(0), w.next("bob").orElseThrow().id());

            List<AuditRecord> log = store.entryHistory(first.id());
            assertEquals(List.of("create", "assign", "take", "transition"), log.stream().map(AuditRecord::action).toList());
            assertTrue(log.get(2).after().contains("\"status\":\"in_progress\"") && log.get(2).actor().equals("ada"), log.get(2).after());

            WorkflowException reviewer = assertThrows(WorkflowException.class, () -> w.next("rev"));
            assertTrue(reviewer.getMessage().contains("'rev' is a reviewer") && reviewer.getMessage().contains("labeller, admin"),
                    reviewer.getMessage());
            DatasetException ghost = assertThrows(DatasetException.class, () -> w.next("ghost"));
            assertTrue(ghost.getMessage().contains("'ghost' does not exist"), ghost.getMessage());
        }
    }

    @Test
    void transitionsFollowTheWorkflowByRole() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("boss", Role.ADMIN, "root");
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("bob", Role.LABELLER, "root");
            store.addUser("rev", Role.REVIEWER, "root");
            Workflow w = store.workflow();
            DatasetEntry e = w.transition(store.create(DatasetStoreTests.textEntry(), "importer"), EntryStatus.IN_PROGRESS, null, "ada");
            assertEquals("ada", e.assignee(), "starting an unassigned entry makes it yours");

            DatasetEntry inProgress = e;
            WorkflowException notYours = assertThrows(WorkflowException.class, () -> w.transition(inProgress, EntryStatus.SUBMITTED, null, "bob"));
            assertTrue(notYours.getMessage().contains("assigned to 'ada'"), notYours.getMessage());
            WorkflowException reviewerSubmits = assertThrows(WorkflowException.class,
                    () -> w.transition(inProgress, EntryStatus.SUBMITTED, null, "rev"));
            assertTrue(reviewerSubmits.getMessage().contains("only a labeller or an admin"), reviewerSubmits.getMessage());
            WorkflowException skip = assertThrows(WorkflowException.class, () -> w.transition(inProgress, EntryStatus.ACCEPTED, null, "ada"));
            assertTrue(skip.getMessage().contains("from in_progress to accepted") && skip.getMessage().contains("allowed from in_progress: submitted"),
                    skip.getMessage());

            DatasetEntry submitted = w.transition(e, EntryStatus.SUBMITTED, null, "ada");
            WorkflowException selfAccept = assertThrows(WorkflowException.class,
                    () -> w.transition(submitted, EntryStatus.ACCEPTED, null, "ada"));
            assertTrue(selfAccept.getMessage().contains("only a reviewer or an admin"), selfAccept.getMessage());
            WorkflowException noComment = assertThrows(WorkflowException.class,
                    () -> w.transition(submitted, EntryStatus.REJECTED, " ", "rev"));
            assertTrue(noComment.getMessage().contains("review comment"), noComment.getMessage());

            DatasetEntry rejected = w.transition(submitted, EntryStatus.REJECTED, "tags miss the colour", "rev");
            assertEquals("tags miss the colour", rejected.reviewComment());
            ConflictException stale = assertThrows(ConflictException.class, () -> w.transition(submitted, EntryStatus.ACCEPTED, null, "rev"));
            assertEquals(List.of(submitted.version(), rejected.version()), List.of(stale.expectedVersion(), stale.currentVersion()));

            DatasetEntry again = w.transition(rejected, EntryStatus.IN_PROGRESS, null, "ada");
            assertEquals("tags miss the colour", again.reviewComment(), "the labeller still sees why it came back");
            DatasetEntry accepted = w.transition(w.transition(again, EntryStatus.SUBMITTED, null, "ada"), EntryStatus.ACCEPTED, "good", "rev");
            WorkflowException closed = assertThrows(WorkflowException.class, () -> w.transition(accepted, EntryStatus.IN_PROGRESS, null, "ada"));
            assertTrue(closed.getMessage().contains("only an admin can reopen"), closed.getMessage());
            DatasetEntry reopened = w.transition(accepted, EntryStatus.NEW, null, "boss");
            assertEquals(EntryStatus.NEW, reopened.status(), "an admin may make any change");
            WorkflowException same = assertThrows(WorkflowException.class, () -> w.transition(reopened, EntryStatus.NEW, null, "boss"));
            assertTrue(same.getMessage().contains("already new"), same.getMessage());

            List<String> actions = store.entryHistory(e.id()).stream().map(a -> a.action() + " by " + a.actor()).toList();
            assertEquals(List.of("create by importer", "transition by ada", "transition by ada", "transition by rev", "transition by ada",
                    "transition by ada", "transition by rev", "transition by boss"), actions);
            assertEquals(8, reopened.version(), "one version per saved step, refused steps save nothing");
        }
    }

    @Test
    void assignAllByFilterIsForAdminsAndSkipsReviewedEntries() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("boss", Role.ADMIN, "root");
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("rev", Role.REVIEWER, "root");
            List<Long> ids = createEntries(store, 6);
            Workflow w = store.workflow();
            DatasetEntry submitted = w.transition(store.entry(ids.get(0)).orElseThrow(), EntryStatus.SUBMITTED, null, "boss");

            assertEquals(5, w.assignAll(SearchQuery.all().withPage(1, 1), "ada", "boss"), "paging is ignored, submitted entries skipped");
            assertEquals(0, w.assignAll(SearchQuery.all(), "ada", "boss"), "entries already assigned to ada do not change");
            assertEquals(null, store.entry(submitted.id()).orElseThrow().assignee());
            assertEquals(5, store.search().search(SearchQuery.all().withLabeller("ada")).total());
            assertEquals(5, w.assignAll(SearchQuery.all().withLabeller("ada").withPage(1, 2), null, "boss"),
                    "unassigning works through the same filter, on all pages");
            assertEquals(0, store.search().stats().byLabeller().size());

            WorkflowException notAdmin = assertThrows(WorkflowException.class, () -> w.assignAll(SearchQuery.all(), "ada", "rev"));
            assertTrue(notAdmin.getMessage().contains("'rev' is a reviewer") && notAdmin.getMessage().contains("only an admin"),
                    notAdmin.getMessage());
            WorkflowException toReviewer = assertThrows(WorkflowException.class, () -> w.assign(ids.get(1), "rev", "boss"));
            assertTrue(toReviewer.getMessage().contains("allowed: labeller, admin"), toReviewer.getMessage());
            WorkflowException reviewed = assertThrows(WorkflowException.class, () -> w.assign(submitted.id(), "ada", "boss"));
            assertTrue(reviewed.getMessage().contains("is submitted and cannot be assigned"), reviewed.getMessage());
            assertEquals("ada", w.assign(ids.get(1), "ada", "boss").assignee());
            assertEquals(1, store.search().stats().byLabeller().size());
        }
    }
}
