package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.Snapshot;
import ai.fvgs.dataset.SnapshotEntry;
import ai.fvgs.dataset.SnapshotOptions;
import ai.fvgs.dataset.Split;
import ai.fvgs.dataset.SplitRatios;
import ai.fvgs.dataset.Stratification;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.dataset.WorkflowException;

/** Snapshots: content hash, immutability, the annotation set rule, seeded and stratified splits; one subclass per database. */
abstract class SnapshotTests extends DatabaseSuite {

    DatasetStore store;

    @BeforeEach
    void openStore() throws Exception {
        store = open();
        store.addUser("ada", Role.LABELLER, "admin");
        store.addUser("bob", Role.LABELLER, "admin");
        store.addUser("boss", Role.ADMIN, "admin");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static EntryText caption(String text) {
        return new EntryText(TextKind.CAPTION, "en", text);
    }

    private static Annotation box(String label) {
        return new Annotation.Region(0, Label.of(label), new Shape.Box(1, 1, 2, 2));
    }

    @Test
    void theContentHashIsStableForUnchangedDataAndChangesWithTheContent() throws Exception {
        List<DatasetEntry> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entries.add(Fixtures.accepted(store, List.of(Fixtures.image(store, work.resolve("src"), i)), List.of(caption("look " + i))));
        }
        store.create(new NewEntry(null, List.of(), List.of(caption("not accepted")), Provenance.UNKNOWN), "admin");
        Fixtures.annotate(store, entries.get(0).id(), "ada", List.of(box("dress"), new Annotation.Tag(Label.of("red"))));

        Snapshot a = store.snapshots().create("a", SnapshotOptions.defaults(), "admin");
        Snapshot b = store.snapshots().create("b", SnapshotOptions.defaults(), "admin");
        assertEquals(3, a.entryCount(), "only accepted entries by default");
        assertTrue(a.contentHash().matches("[0-9a-f]{64}"), a.contentHash());
        assertEquals(a.contentHash(), b.contentHash(), "unchanged data, same hash");
        assertNotEquals(a.contentHash(), store.snapshots().create("seed-1", SnapshotOptions.defaults().withSeed(1), "admin").contentHash(),
                "the split parameters are part of the content");
        List<SnapshotEntry> frozen = store.snapshots().entries("a");

        DatasetEntry edited = store.entry(entries.get(1).id()).orElseThrow();
        store.update(edited.withTexts(List.of(caption("look 1, corrected"))), "admin");
        Snapshot c = store.snapshots().create("c", SnapshotOptions.defaults(), "admin");
        assertNotEquals(a.contentHash(), c.contentHash(), "an edited caption changes the hash");
        Fixtures.annotate(store, entries.get(0).id(), "ada", List.of(box("coat")));
        Snapshot d = store.snapshots().create("d", SnapshotOptions.defaults(), "admin");
        assertNotEquals(c.contentHash(), d.contentHash(), "an edited annotation changes the hash");

        assertEquals(frozen, store.snapshots().entries("a"), "later edits never change a snapshot");
        assertEquals(a, store.snapshots().find("a").orElseThrow());
        SnapshotEntry first = frozen.get(0);
        assertEquals("ada", first.labeller());
        assertEquals(List.of(box("dress"), new Annotation.Tag(Label.of("red"))), first.annotations());
        assertEquals("dress", first.stratum());
        assertEquals("look 1", frozen.get(1).texts().get(0).text());
        assertEquals("CC-BY-4.0", first.provenance().licence());
        assertEquals(List.of(8, 6), List.of(first.media().get(0).width(), first.media().get(0).height()));
        assertEquals("look 1, corrected", store.snapshots().entries("c").get(1).texts().get(0).text());
        assertTrue(first.content().startsWith("{\"id\":" + first.entryId() + ",\"media\":[{\"kind\":\"image\",\"sha256\":\""), first.content());

        DatasetException taken = assertThrows(DatasetException.class, () -> store.snapshots().create("a", SnapshotOptions.defaults(), "admin"));
        assertTrue(taken.getMessage().contains("'a' already exists"), taken.getMessage());
        DatasetException badName = assertThrows(DatasetException.class, () -> store.snapshots().create("a b", SnapshotOptions.defaults(), "admin"));
        assertTrue(badName.getMessage().contains("snapshot name 'a b' is not allowed"), badName.getMessage());
        assertEquals(List.of("a", "b", "seed-1", "c", "d"), store.snapshots().list().stream().map(Snapshot::name).toList());

        assertThrows(WorkflowException.class, () -> store.snapshots().delete("b", "ada"), "only admins delete snapshots");
        store.snapshots().delete("b", "boss");
        assertTrue(store.snapshots().find("b").isEmpty());
        assertEquals(frozen, store.snapshots().entries("a"));
    }

    @Test
    void aSnapshotFreezesTheAssigneesSetElseTheLatestOne() throws Exception {
        DatasetEntry e = Fixtures.accepted(store, List.of(Fixtures.image(store, work.resolve("src"), 1)), List.of());
        DatasetEntry none = Fixtures.accepted(store, List.of(Fixtures.image(store, work.resolve("src"), 2)), List.of());
        Fixtures.annotate(store, e.id(), "ada", List.of(box("ada-dress")));
        Fixtures.annotate(store, e.id(), "bob", List.of(box("bob-dress")));

        assertEquals(2, store.snapshots().create("latest", SnapshotOptions.defaults(), "admin").entryCount());
        List<SnapshotEntry> latest = store.snapshots().entries("latest");
        assertEquals("bob", latest.get(0).labeller(), "unassigned: the most recently saved set");
        assertNull(latest.get(1).labeller());
        assertEquals(List.of(), latest.get(1).annotations());
        assertEquals("none", latest.get(1).stratum());

        DatasetEntry current = store.entry(e.id()).orElseThrow();
        store.update(current.withAssignee("ada"), "admin");
        store.snapshots().create("assigned", SnapshotOptions.defaults(), "admin");
        SnapshotEntry assigned = store.snapshots().entries("assigned").get(0);
        assertEquals("ada", assigned.labeller(), "the assignee's set wins");
        assertEquals(List.of(box("ada-dress")), assigned.annotations());
        assertEquals(none.id(), store.snapshots().entries("assigned").get(1).entryId());
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnotherOne() throws Exception {
        for (int i = 0; i < 60; i++) {
            Fixtures.accepted(store, List.of(), List.of(caption("entry " + i)));
        }
        SnapshotOptions o = SnapshotOptions.defaults().withSeed(7).withStratifyBy(Stratification.NONE);
        Map<Long, Split> first = splits(store.snapshots().create("s7", o, "admin"));
        Map<Long, Split> again = splits(store.snapshots().create("s7-again", o, "admin"));
        Map<Long, Split> other = splits(store.snapshots().create("s8", o.withSeed(8), "admin"));
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(Map.of(Split.TRAIN, 48, Split.VAL, 6, Split.TEST, 6), counts(first.values()));
        assertEquals(Map.of(Split.TRAIN, 48, Split.VAL, 6, Split.TEST, 6), counts(other.values()));
        assertEquals(Map.of(Split.TRAIN, 48, Split.VAL, 6, Split.TEST, 6), store.snapshots().find("s8").orElseThrow().splitCounts());

        Map<Long, Split> all = splits(store.snapshots().create("all-train", o.withSplit(SplitRatios.parse("100/0/0"))
                .withFilter(SearchQuery.all().withStatus(EntryStatus.ACCEPTED)), "admin"));
        assertEquals(Map.of(Split.TRAIN, 60), counts(all.values()));
    }

    @Test
    void eachPrimaryCategoryIsSplitInTheRatiosWithinOneEntry() throws Exception {
        Map<String, Integer> sizes = new TreeMap<>(Map.of("dress", 20, "coat", 7, "shoe", 5));
        for (Map.Entry<String, Integer> s : sizes.entrySet()) {
            for (int i = 0; i < s.getValue(); i++) {
                DatasetEntry e = Fixtures.accepted(store, List.of(Fixtures.image(store, work.resolve("src"), s.getKey().hashCode() + i)), List.of());
                List<Annotation> a = s.getKey().equals("coat") ? List.of(box("dress"), box("coat"), box("coat")) : List.of(box(s.getKey()));
                Fixtures.annotate(store, e.id(), "ada", a);
            }
        }
        for (int i = 0; i < 2; i++) {
            DatasetEntry e = Fixtures.accepted(store, List.of(), List.of(caption("tagged " + i)));
            Fixtures.annotate(store, e.id(), "ada", List.of(new Annotation.Tag(Label.of("evening")), new Annotation.Tag(Label.of("red"))));
        }
        Fixtures.accepted(store, List.of(), List.of(caption("nothing")));

        for (long seed : new long[] { 1, 2, 3 }) {
            store.snapshots().create("strat-" + seed, SnapshotOptions.defaults().withSeed(seed), "admin");
            Map<String, Map<Split, Integer>> byStratum = new TreeMap<>();
            for (SnapshotEntry e : store.snapshots().entries("strat-" + seed)) {
                byStratum.computeIfAbsent(e.stratum(), k -> new EnumMap<>(Split.class)).merge(e.split(), 1, Integer::sum);
            }
            // largest remainder: 20 -> 16/2/2; 7 -> 5.6/0.7/0.7 -> 5/1/1; 5 -> 4/0.5/0.5 -> 4/1/0 (ties: val before test);
            // 2 -> 1.6/0.2/0.2 -> 2/0/0
            assertEquals(Map.of(Split.TRAIN, 16, Split.VAL, 2, Split.TEST, 2), byStratum.get("dress"), "seed " + seed);
            assertEquals(Map.of(Split.TRAIN, 5, Split.VAL, 1, Split.TEST, 1), byStratum.get("coat"), "the most frequent label: coat");
            assertEquals(Map.of(Split.TRAIN, 4, Split.VAL, 1), byStratum.get("shoe"));
            assertEquals(Map.of(Split.TRAIN, 2), byStratum.get("evening"), "no region: the first tag");
            assertEquals(Map.of(Split.TRAIN, 1), byStratum.get("none"));
        }
        Snapshot flat = store.snapshots().create("flat", SnapshotOptions.defaults().withStratifyBy(Stratification.NONE), "admin");
        assertEquals(Map.of(Split.TRAIN, 28, Split.VAL, 4, Split.TEST, 3), flat.splitCounts(),
                "35 entries: 28/3.5/3.5, floors 28/3/3, the one left to the first of the largest remainders (val)");
    }

    @Test
    void categoryIdsComeFromTheTaxonomyAndOtherIdsAreStableBySortedName() throws Exception {
        DatasetEntry e = Fixtures.accepted(store, List.of(Fixtures.image(store, work.resolve("src"), 1)), List.of());
        Label fashionDress = new Label("fashionpedia", "1", "dress");
        Fixtures.annotate(store, e.id(), "ada", List.of(new Annotation.Attribute(Label.of("sleeve"), "long"), new Annotation.Tag(Label.of("boho")),
                new Annotation.Attribute(Label.of("colour"), "red"), box("skirt"), new Annotation.Region(0, fashionDress, new Shape.Box(0, 0, 1, 1)),
                box("dress"), new Annotation.Region(0, Label.of("person"), new Shape.Keypoints("garment-8", java.util.Collections.nCopies(8,
                        Shape.Keypoint.notLabelled())))));
        store.snapshots().create("ids", SnapshotOptions.defaults(), "admin");
        assertEquals(List.of("10 dress wholebody null", "11 dress none null", "12 person none garment-8", "13 skirt none null"),
                store.snapshots().categories("ids").stream().map(l -> l.id() + " " + l.name() + " " + l.supercategory() + " " + l.layout()).toList(),
                "Fashionpedia's own id and supercategory for its dress; free labels after the largest taxonomy id, by name");
        assertEquals("fashionpedia/1", store.snapshots().categories("ids").get(0).taxonomy() + "/" + store.snapshots().categories("ids").get(0)
                .taxonomyVersion());
        assertEquals(List.of("1 colour/red", "2 sleeve/long", "3 tag/boho"),
                store.snapshots().attributes("ids").stream().map(l -> l.id() + " " + l.supercategory() + "/" + l.name()).toList());
        store.update(store.entry(e.id()).orElseThrow().withTexts(List.of(caption("edited"))), "admin");
        store.snapshots().create("ids-2", SnapshotOptions.defaults(), "admin");
        assertEquals(store.snapshots().categories("ids"), store.snapshots().categories("ids-2"), "the same labels, the same ids");
    }

    @Test
    void splitRatiosAreChecked() {
        assertEquals(new SplitRatios(70, 20, 10), SplitRatios.parse("70/20/10"));
        assertEquals("100/0/0", SplitRatios.parse("100/0/0").toString());
        for (String bad : List.of("80/10/5", "-10/60/50", "80/20", "a/b/c", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitRatios.parse(bad), bad);
            assertTrue(e.getMessage().contains("adding up to 100"), e.getMessage());
        }
    }

    private Map<Long, Split> splits(Snapshot s) throws DatasetException {
        Map<Long, Split> out = new HashMap<>();
        for (SnapshotEntry e : store.snapshots().entries(s.name())) {
            out.put(e.entryId(), e.split());
        }
        return out;
    }

    private static Map<Split, Integer> counts(Iterable<Split> splits) {
        Map<Split, Integer> out = new EnumMap<>(Split.class);
        for (Split s : splits) {
            out.merge(s, 1, Integer::sum);
        }
        return out;
    }
}
