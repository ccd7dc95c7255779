package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.AnnotationSet;
import ai.fvgs.dataset.Annotations;
import ai.fvgs.dataset.AuditRecord;
import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Visibility;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ShapeTrack.Keyframe;
import ai.fvgs.dataset.TextKind;

/** Annotations on every database; one subclass per database. Each test starts from an empty database. */
abstract class AnnotationStoreTests {

    @TempDir
    Path work;

    TestDatabase db;
    DatasetStore store;
    /** An entry with a 4 x 2 image (media 0) and a video (media 1). */
    DatasetEntry entry;
    String maskPng;

    abstract TestDatabase newDatabase() throws Exception;

    @BeforeEach
    void createEntry() throws Exception {
        db = newDatabase();
        store = DatasetStore.open(db.url(), work.resolve("media"));
        store.addUser("ada", Role.LABELLER, "admin");
        store.addUser("bea", Role.LABELLER, "admin");
        store.addUser("rex", Role.REVIEWER, "admin");
        String image = store.media().put(file("look.png", "png bytes"));
        String video = store.media().put(file("walk.mp4", "mp4 bytes"));
        maskPng = store.media().put(file("mask.png", "mask png bytes"));
        entry = store.create(new NewEntry(null,
                List.of(MediaItem.image(image, 9, "image/png", 4, 2, "look.png"),
                        MediaItem.video(video, 9, "video/mp4", 1280, 720, 2.0, 25, "h264", "walk.mp4")),
                List.of(new EntryText(TextKind.CAPTION, "en", "A red dress.")), Provenance.UNKNOWN), "admin");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        store.close();
        db.close();
    }

    @Test
    void everyKindOfAnnotationSurvivesARoundTripAndReopening() throws Exception {
        List<Annotation> all = everyKind();
        Annotations saved = store.annotations().save(entry.id(), entry.version(), "ada", all, "ada");
        assertEquals(entry.version() + 1, saved.entryVersion(), "saving annotations bumps the entry's version");
        AnnotationSet set = saved.set("ada").orElseThrow();
        assertEquals(all, set.annotations());
        assertEquals("ada", set.updatedBy());

        store.close();
        store = DatasetStore.open(db.url(), work.resolve("media"));
        Annotations read = store.annotations().read(entry.id());
        assertEquals(saved, read, "the same annotations after reopening");
        DatasetEntry after = store.entry(entry.id()).orElseThrow();
        assertEquals(2, after.version());
        assertEquals("ada", after.updatedBy());

        Annotation.Track track = (Annotation.Track) read.set("ada").orElseThrow().annotations().get(9);
        assertEquals(new Box(150, 60, 100, 320), track.track().at(5).orElseThrow(), "a stored track interpolates: the exact midpoint");
        assertEquals(new Box(200, 80, 120, 360), track.track().at(10).orElseThrow());
        assertTrue(track.track().at(20).isEmpty(), "absent from frame 20");
        assertEquals(new Box(400, 80, 120, 360), track.track().at(49).orElseThrow(), "held after the last keyframe");
    }

    @Test
    void twoLabellersKeepTheirOwnSets() throws Exception {
        Annotations first = store.annotations().save(entry.id(), entry.version(), "ada", List.of(tag("evening-wear"), tag("red")), "ada");
        Annotations second = store.annotations().save(entry.id(), first.entryVersion(), "bea", List.of(tag("party")), "bea");
        assertEquals(List.of("ada", "bea"), second.labellers());
        assertEquals(List.of(tag("evening-wear"), tag("red")), second.set("ada").orElseThrow().annotations(), "ada's set is untouched");
        assertEquals(List.of(tag("party")), second.set("bea").orElseThrow().annotations());

        Annotations cleared = store.annotations().save(entry.id(), second.entryVersion(), "ada", List.of(), "rex");
        assertEquals(List.of(), cleared.set("ada").orElseThrow().annotations(), "an empty set stays: ada found nothing");
        assertEquals("rex", cleared.set("ada").orElseThrow().updatedBy());
        assertEquals(List.of(tag("party")), store.annotations().read(entry.id()).set("bea").orElseThrow().annotations());
        assertTrue(store.annotations().read(entry.id()).set("zoe").isEmpty());
    }

    @Test
    void aStaleSaveIsAConflictAndChangesNothing() throws Exception {
        try (DatasetStore other = DatasetStore.open(db.url(), work.resolve("media"))) {
            Annotations adaRead = store.annotations().read(entry.id());
            Annotations beaRead = other.annotations().read(entry.id());
            store.annotations().save(entry.id(), adaRead.entryVersion(), "ada", List.of(tag("red")), "ada");

            ConflictException e = assertThrows(ConflictException.class,
                    () -> other.annotations().save(entry.id(), beaRead.entryVersion(), "bea", List.of(tag("blue")), "bea"));
            assertEquals(List.of(entry.id(), 1L, 2L), List.of(e.entryId(), e.expectedVersion(), e.currentVersion()));
            Annotations now = other.annotations().read(entry.id());
            assertEquals(List.of("ada"), now.labellers(), "bea's stale set was not stored");
            assertEquals(2, now.entryVersion());

            assertThrows(ConflictException.class, () -> store.update(entry.withStatus(EntryStatus.IN_PROGRESS), "admin"),
                    "an entry read before the annotations were saved is stale too");
            DatasetEntry fresh = store.update(store.entry(entry.id()).orElseThrow().withStatus(EntryStatus.IN_PROGRESS), "admin");
            assertThrows(ConflictException.class,
                    () -> store.annotations().save(entry.id(), now.entryVersion(), "bea", List.of(tag("blue")), "bea"),
                    "annotations read before an entry update are stale");
            assertEquals(4, store.annotations().save(entry.id(), fresh.version(), "bea", List.of(tag("blue")), "bea").entryVersion());
        }
    }

    @Test
    void everySaveIsAuditedWithTheSetBeforeAndAfter() throws Exception {
        Annotations first = store.annotations().save(entry.id(), 1, "ada", List.of(tag("evening-wear")), "ada");
        store.annotations().save(entry.id(), first.entryVersion(), "ada",
                List.of(new Annotation.Attribute(new Label("fvgs-model", "1", "skin-tone"), "mst-3")), "rex");

        List<AuditRecord> history = store.annotations().history(entry.id());
        assertEquals(List.of("ada", "rex"), history.stream().map(AuditRecord::actor).toList());
        assertEquals(List.of("annotate", "annotate"), history.stream().map(AuditRecord::action).toList());
        assertNull(history.get(0).before(), "ada had no set before");
        assertEquals("{\"version\":2,\"labeller\":\"ada\",\"annotations\":[{\"kind\":\"tag\",\"label\":\"evening-wear\"}]}", history.get(0).after());
        assertEquals("{\"version\":2,\"labeller\":\"ada\",\"annotations\":[{\"kind\":\"tag\",\"label\":\"evening-wear\"}]}", history.get(1).before());
        assertEquals("{\"version\":3,\"labeller\":\"ada\",\"annotations\":[{\"kind\":\"attribute\",\"taxonomy\":\"fvgs-model\","
                + "\"taxonomyVersion\":\"1\",\"label\":\"skin-tone\",\"value\":\"mst-3\"}]}", history.get(1).after());
        assertTrue(!history.get(1).at().isBefore(history.get(0).at()));
        assertEquals(List.of("create", "annotate", "annotate"), store.entryHistory(entry.id()).stream().map(AuditRecord::action).toList(),
                "annotation saves are part of the entry's history");
    }

    @Test
    void annotationsThatDoNotFitTheEntryAreRefused() throws Exception {
        Label dress = Label.of("dress");
        Box box = new Box(0, 0, 1, 1);
        assertRefused("media 2, but the entry has 2 media items", new Annotation.Region(2, dress, box));
        assertRefused("media 1, which is video; an image is needed", new Annotation.Region(1, dress, box));
        assertRefused("media 0, which is image; a video is needed", new Annotation.Track(0, dress, new ShapeTrack(List.of(Keyframe.of(0, box)))));
        String unknownPng = "0f".repeat(32);
        assertRefused(unknownPng + ", which is not in the media store", Annotation.Mask.png(0, dress, unknownPng));
        assertRefused("adding up to 7 pixels, but image 0 has 4 x 2 = 8", Annotation.Mask.rle(0, dress, "3 4"));
        assertRefused("annotation 1 of entry " + entry.id() + " is null", tag("ok"), null);

        DatasetException labeller = assertThrows(DatasetException.class,
                () -> store.annotations().save(entry.id(), 1, "ghost", List.of(tag("red")), "ghost"));
        assertTrue(labeller.getMessage().contains("'ghost' does not exist"), labeller.getMessage());
        DatasetException missing = assertThrows(DatasetException.class, () -> store.annotations().read(entry.id() + 99));
        assertTrue(missing.getMessage().contains("entry " + (entry.id() + 99) + " does not exist"), missing.getMessage());
        DatasetException actor = assertThrows(DatasetException.class, () -> store.annotations().save(entry.id(), 1, "ada", List.of(), " "));
        assertTrue(actor.getMessage().contains("actor ' '"), actor.getMessage());

        assertEquals(1, store.entry(entry.id()).orElseThrow().version(), "nothing was saved");
        assertEquals(List.of(), store.annotations().read(entry.id()).sets());
        assertEquals(List.of(), store.annotations().history(entry.id()));
    }

    @Test
    void badAnnotationValuesNameTheFieldAndWhatIsAllowed() {
        ShapeTrackTest.assertMessage("language 'english!'", () -> new Annotation.Caption("english!", "text"));
        ShapeTrackTest.assertMessage("run lengths (digits) separated by single spaces", () -> Annotation.Mask.rle(0, Label.of("x"), "3,4"));
        ShapeTrackTest.assertMessage("exactly one of a PNG", () -> new Annotation.Mask(0, Label.of("x"), null, null));
        ShapeTrackTest.assertMessage("taxonomy version '1' of label 'x' is not allowed; it needs a taxonomy", () -> new Label(null, "1", "x"));
        ShapeTrackTest.assertMessage("label ' ' is not allowed", () -> Label.of(" "));
        ShapeTrackTest.assertMessage("value '' of attribute colour", () -> new Annotation.Attribute(Label.of("colour"), ""));
        ShapeTrackTest.assertMessage("media position -1", () -> new Annotation.Region(-1, Label.of("x"), new Box(0, 0, 1, 1)));
        ShapeTrackTest.assertMessage("keypoint layout 'COCO 17'", () -> new Keypoints("COCO 17", List.of(Keypoint.notLabelled())));
    }

    private void assertRefused(String part, Annotation... annotations) {
        List<Annotation> list = new ArrayList<>();
        Collections.addAll(list, annotations);
        DatasetException e = assertThrows(DatasetException.class, () -> store.annotations().save(entry.id(), 1, "ada", list, "ada"));
        assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
    }

    private List<Annotation> everyKind() {
        Label dress = new Label("fashionpedia", "1", "dress");
        List<Keypoint> body = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            body.add(i % 3 == 0 ? Keypoint.notLabelled() : new Keypoint(100.25 + i, 200.5 - i, i % 3 == 1 ? Visibility.VISIBLE : Visibility.OCCLUDED));
        }
        List<Keypoint> garment = Collections.nCopies(8, new Keypoint(0.1, 0.2, Visibility.VISIBLE));
        ShapeTrack walk = new ShapeTrack(List.of(Keyframe.of(0, new Box(100, 40, 80, 280)), Keyframe.of(10, new Box(200, 80, 120, 360)),
                Keyframe.absent(20), Keyframe.of(40, new Box(400, 80, 120, 360))));
        return List.of(
                new Annotation.Attribute(new Label("fvgs-model", "1", "skin-tone"), "mst-7"),
                new Annotation.Attribute(Label.of("sleeve-length"), "long"),
                tag("evening-wear"),
                new Annotation.Caption("de-CH", "Ein rotes Kleid mit langen Ärmeln."),
                new Annotation.Caption("zh-Hans", "红色连衣裙"),
                new Annotation.Region(0, dress, new Box(0.5, 0.25, 3, 1.75)),
                new Annotation.Region(0, dress, ShapeTrackTest.polygon(0, 0, 3.5, 0, 3.5, 1.9, 1.0 / 3, 1.9)),
                new Annotation.Region(0, new Label("fvgs-model", "1", "person"), new Keypoints("coco-17", body)),
                new Annotation.Region(0, dress, new Keypoints("garment-8", garment)),
                new Annotation.Track(1, Label.of("model"), walk),
                Annotation.Mask.png(0, dress, maskPng),
                Annotation.Mask.rle(0, dress, "0 3 1 4"),
                new Annotation.Region(0, Label.of("shoe"), new Keypoints("shoe-tip-heel", List.of(new Keypoint(1, 1, Visibility.VISIBLE),
                        new Keypoint(2, 1, Visibility.OCCLUDED)))));
    }

    static Annotation.Tag tag(String name) {
        return new Annotation.Tag(Label.of(name));
    }

    Path file(String name, String content) throws Exception {
        Path f = work.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, content, StandardCharsets.UTF_8);
    }
}
