package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStats;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchPage;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Point;
import ai.fvgs.dataset.Shape.Polygon;
import ai.fvgs.dataset.Shape.Visibility;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ShapeTrack.Keyframe;
import ai.fvgs.dataset.TextKind;

/** Full-text and filtered search with paging, and stats, on every database; one subclass per database. */
abstract class SearchTests extends DatabaseSuite {

    private DatasetEntry entry(DatasetStore store, String caption, String tags, String licence, MediaKind kind) throws Exception {
        List<MediaItem> media = new ArrayList<>();
        if (kind != null) {
            Path f = work.resolve("in").resolve(caption.hashCode() + "." + kind.label());
            Files.createDirectories(f.getParent());
            Files.writeString(f, caption + kind, StandardCharsets.UTF_8);
            String sha = store.media().put(f);
            media.add(kind == MediaKind.VIDEO ? MediaItem.video(sha, Files.size(f), "video/mp4", 640, 360, 2.0, 25, "h264", "v.mp4")
                    : MediaItem.image(sha, Files.size(f), "image/jpeg", 640, 960, "i.jpg"));
        }
        List<EntryText> texts = new ArrayList<>(List.of(new EntryText(TextKind.CAPTION, "en", caption)));
        if (tags != null) {
            texts.add(new EntryText(TextKind.TAGS, "de", tags));
        }
        return store.create(new NewEntry(null, media, texts, new Provenance("test", licence, null, Consent.UNKNOWN, null, null)), "importer");
    }

    private static List<Long> ids(SearchPage page) {
        return page.entries().stream().map(DatasetEntry::id).toList();
    }

    @Test
    void wordsMatchWholeWordsInAnyTextIgnoringCase() throws Exception {
        try (DatasetStore store = open()) {
            long red = entry(store, "A model in a RED A-line dress", "Kleid, rot", "CC-BY-4.0", MediaKind.IMAGE).id();
            long blue = entry(store, "Blue denim jacket, oversized", "Jacke", "CC0-1.0", MediaKind.IMAGE).id();
            long sleeve = entry(store, "Puff-sleeve blouse in red silk", "Bluse, Ärmel", null, MediaKind.VIDEO).id();
            var s = store.search();
            assertEquals(List.of(red, sleeve), ids(s.search(SearchQuery.all().withText("red"))));
            assertEquals(List.of(red), ids(s.search(SearchQuery.all().withText("Red a-LINE"))), "all words must occur");
            assertEquals(List.of(red), ids(s.search(SearchQuery.all().withText("kleid"))), "tags are searched");
            assertEquals(List.of(sleeve), ids(s.search(SearchQuery.all().withText("ärmel"))), "non-ASCII words fold case too");
            assertEquals(List.of(), ids(s.search(SearchQuery.all().withText("re"))), "whole words only");
            assertEquals(List.of(blue), ids(s.search(SearchQuery.all().withText("jacket").withLicence("CC0-1.0"))));
            assertEquals(List.of(sleeve), ids(s.search(SearchQuery.all().withText("red").withMedia(MediaKind.VIDEO))));
            assertEquals(3, s.search(SearchQuery.all().withText("  ")).total(), "blank text matches everything");

            DatasetEntry edited = store.entry(red).orElseThrow();
            store.update(edited.withTexts(List.of(new EntryText(TextKind.CAPTION, "en", "A model in a green dress"))), "ada");
            assertEquals(List.of(sleeve), ids(s.search(SearchQuery.all().withText("red"))), "saving replaces the indexed words");
            assertEquals(List.of(red), ids(s.search(SearchQuery.all().withText("green"))));

            DatasetException tooMany = assertThrows(DatasetException.class,
                    () -> s.search(SearchQuery.all().withText("a b c d e f g h i j k l m n o p q")));
            assertTrue(tooMany.getMessage().contains("17 words") && tooMany.getMessage().contains("at most 16"), tooMany.getMessage());
        }
    }

    @Test
    void filtersCombineAndPagesAreStable() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("boss", Role.ADMIN, "root");
            store.addUser("ada", Role.LABELLER, "root");
            List<Long> all = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                all.add(entry(store, "look " + i + (i % 2 == 0 ? " coat" : " dress"), null, "CC-BY-4.0", i % 3 == 0 ? MediaKind.VIDEO : MediaKind.IMAGE)
                        .id());
            }
            var s = store.search();
            List<Long> paged = new ArrayList<>();
            for (int p = 1; p <= 3; p++) {
                SearchPage page = s.search(SearchQuery.all().withPage(p, 10));
                assertEquals(23, page.total());
                assertEquals(3, page.pages());
                paged.addAll(ids(page));
            }
            assertEquals(all, paged, "pages are in id order with nothing missed or repeated");
            assertEquals(List.of(), ids(s.search(SearchQuery.all().withPage(4, 10))), "past the last page is empty");

            List<Long> coats = all.stream().filter(id -> all.indexOf(id) % 2 == 0).toList();
            store.workflow().assignAll(SearchQuery.all().withText("coat"), "ada", "boss");
            DatasetEntry taken = store.workflow().next("ada").orElseThrow();
            assertEquals(coats.get(0), taken.id());
            assertEquals(coats.subList(1, coats.size()), ids(s.search(SearchQuery.all().withLabeller("ada").withStatus(EntryStatus.NEW).withPage(1, 100))));
            assertEquals(List.of(taken.id()), ids(s.search(SearchQuery.all().withStatus(EntryStatus.IN_PROGRESS))));
            List<Long> videoCoats = coats.stream().filter(id -> all.indexOf(id) % 3 == 0).toList();
            assertEquals(videoCoats, ids(s.search(SearchQuery.all().withText("coat").withMedia(MediaKind.VIDEO).withLabeller("ada"))));

            Instant changed = store.entry(taken.id()).orElseThrow().updatedAt();
            assertEquals(List.of(taken.id()), ids(s.search(SearchQuery.all().withChangedBetween(changed, changed.plusMillis(1)))));
            assertEquals(23, s.search(SearchQuery.all().withChangedBetween(null, changed.plusMillis(1))).total());
            assertEquals(0, s.search(SearchQuery.all().withChangedBetween(changed.plusMillis(1), null)).total());
            assertEquals(0, s.search(SearchQuery.all().withLicence("CC0-1.0")).total());

            DatasetException ghost = assertThrows(DatasetException.class, () -> s.search(SearchQuery.all().withLabeller("ghost")));
            assertTrue(ghost.getMessage().contains("'ghost' does not exist"), ghost.getMessage());
            IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> SearchQuery.all().withPage(1, 1001));
            assertTrue(size.getMessage().contains("1001") && size.getMessage().contains("1 to 1000"), size.getMessage());
        }
    }

    @Test
    void entriesWrittenAroundTheIndexAreIndexedWhenFound() throws Exception {
        long id;
        try (DatasetStore store = open()) {
            id = entry(store, "Camel wool coat", null, null, null).id();
        }
        db.execute("DELETE FROM entry_terms");
        db.execute("UPDATE entries SET search_indexed = FALSE");
        try (DatasetStore store = open()) {
            assertEquals(List.of(id), ids(store.search().search(SearchQuery.all().withText("camel"))));
        }
    }

    @Test
    void statsCountByStatusMediaAndLabeller() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("boss", Role.ADMIN, "root");
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("bob", Role.LABELLER, "root");
            entry(store, "one", null, null, MediaKind.IMAGE);
            entry(store, "two", null, null, MediaKind.VIDEO);
            entry(store, "three", null, null, MediaKind.VIDEO);
            entry(store, "four", null, null, null);
            store.workflow().next("bob");
            store.workflow().next("ada");
            DatasetEntry adas = store.workflow().next("ada").orElseThrow();
            store.workflow().transition(adas, EntryStatus.SUBMITTED, null, "ada");

            DatasetStats s = store.search().stats();
            assertEquals(4, s.entries());
            assertEquals(List.of(2L, 1L, 1L, 0L, 0L), List.copyOf(s.byStatus().values()));
            assertEquals(Map.of(MediaKind.IMAGE, 1L, MediaKind.VIDEO, 2L, MediaKind.TEXT, 0L), s.entriesByMedia());
            assertEquals(List.of("ada", "bob"), s.byLabeller().stream().map(l -> l.labeller()).toList());
            assertEquals(1L, s.byLabeller().get(0).byStatus().get(EntryStatus.SUBMITTED));
            assertEquals(1L, s.byLabeller().get(1).total());
            assertEquals(2L, s.unassignedByStatus().get(EntryStatus.NEW));
        }
    }

    @Test
    void categoryAndAttributeFiltersLookIntoEveryAnnotationSet() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("bea", Role.LABELLER, "root");
            List<Long> e = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                e.add(entry(store, "look " + i + (i < 4 ? " coat" : " skirt"), null, null, i == 4 ? MediaKind.VIDEO : MediaKind.IMAGE).id());
            }
            Label dress = Label.of("dress");
            annotate(store, e.get(0), "ada", List.of(new Annotation.Region(0, dress, new Box(1, 2, 3, 4)),
                    new Annotation.Attribute(Label.of("colour"), "red")));
            annotate(store, e.get(1), "bea", List.of(new Annotation.Region(0, new Label("fashionpedia", "1", "dress"),
                    new Polygon(List.of(new Point(0, 0), new Point(5, 0), new Point(0, 5))))));
            annotate(store, e.get(2), "ada", List.of(Annotation.Mask.rle(0, dress, "0 614400")));
            annotate(store, e.get(3), "ada", List.of(new Annotation.Tag(dress), new Annotation.Attribute(Label.of("dress"), "yes")));
            annotate(store, e.get(4), "ada", List.of(new Annotation.Attribute(Label.of("colour"), "blue")));
            annotate(store, e.get(4), "bea", List.of(new Annotation.Attribute(Label.of("colour"), "red"),
                    new Annotation.Track(0, dress, new ShapeTrack(List.of(Keyframe.of(0, new Box(0, 0, 1, 1)))))));
            annotate(store, e.get(5), "bea", List.of(new Annotation.Region(0, Label.of("person"),
                    new Keypoints("garment", List.of(new Keypoint(1, 1, Visibility.VISIBLE))))));
            var s = store.search();

            assertEquals(List.of(e.get(0), e.get(1), e.get(2), e.get(4)), ids(s.search(SearchQuery.all().withCategory("dress"))),
                    "boxes, polygons (any taxonomy), masks and tracks; not tags or attributes of that name");
            assertEquals(List.of(e.get(5)), ids(s.search(SearchQuery.all().withCategory("person"))), "keypoints");
            assertEquals(List.of(e.get(0), e.get(4)), ids(s.search(SearchQuery.all().withAttribute("colour", "red"))), "any labeller's set");
            assertEquals(List.of(e.get(0), e.get(4)), ids(s.search(SearchQuery.all().withAttribute("colour", null))));
            assertEquals(List.of(e.get(4)), ids(s.search(SearchQuery.all().withAttribute("colour", "blue"))));
            assertEquals(List.of(), ids(s.search(SearchQuery.all().withAttribute("colour", "Red"))), "values match exactly");
            assertEquals(List.of(e.get(3)), ids(s.search(SearchQuery.all().withAttribute("dress", null))));
            assertEquals(List.of(e.get(4)), ids(s.search(SearchQuery.all().withCategory("dress").withAttribute("colour", "red").withText("skirt"))),
                    "filters combine with text");
            assertEquals(List.of(e.get(0)), ids(s.search(SearchQuery.all().withCategory("dress").withAttribute("colour", "red").withText("coat"))));
            assertEquals(List.of(e.get(0), e.get(1), e.get(2)), ids(s.search(SearchQuery.all().withCategory("dress").withPage(1, 3))));
            SearchPage second = s.search(SearchQuery.all().withCategory("dress").withPage(2, 3));
            assertEquals(4, second.total());
            assertEquals(List.of(e.get(4)), ids(second), "paged like every search");
            assertEquals(0, s.search(SearchQuery.all().withCategory("dress").withStatus(EntryStatus.ACCEPTED)).total());

            annotate(store, e.get(0), "ada", List.of()); // ada's set of entry 0 emptied
            assertEquals(List.of(e.get(1), e.get(2), e.get(4)), ids(s.search(SearchQuery.all().withCategory("dress"))), "saved sets are searched");

            IllegalArgumentException noName = assertThrows(IllegalArgumentException.class, () -> SearchQuery.all().withAttribute(null, "red"));
            assertTrue(noName.getMessage().contains("needs an attribute name"), noName.getMessage());
            IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> SearchQuery.all().withCategory(" "));
            assertTrue(blank.getMessage().contains("category ' ' is not allowed"), blank.getMessage());
        }
    }

    private static void annotate(DatasetStore store, long entry, String labeller, List<Annotation> annotations) throws DatasetException {
        store.annotations().save(entry, store.annotations().read(entry).entryVersion(), labeller, annotations, labeller);
    }
}
