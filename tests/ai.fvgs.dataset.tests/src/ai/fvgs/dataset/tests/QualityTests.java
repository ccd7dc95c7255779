package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.Agreement;
import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.AuditRecord;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.LabelCount;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Point;
import ai.fvgs.dataset.Shape.Polygon;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ShapeTrack.Keyframe;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.dataset.Throughput;

/** Agreement, throughput and label counts on every database, against figures worked out by hand. */
abstract class QualityTests extends DatabaseSuite {

    private static final double EPS = 1e-9;

    /** Ten entries, each with a 4 x 2 image (media 0) and a 2 s video at 5 fps, i.e. 10 frames (media 1). */
    private List<Long> entries(DatasetStore store, int count) throws Exception {
        Path image = work.resolve("look.png");
        Path video = work.resolve("walk.mp4");
        Files.writeString(image, "png bytes", StandardCharsets.UTF_8);
        Files.writeString(video, "mp4 bytes", StandardCharsets.UTF_8);
        String imageSha = store.media().put(image);
        String videoSha = store.media().put(video);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(store.create(new NewEntry(null,
                    List.of(MediaItem.image(imageSha, 9, "image/png", 4, 2, "look.png"),
                            MediaItem.video(videoSha, 9, "video/mp4", 640, 360, 2.0, 5, "h264", "walk.mp4")),
                    List.of(new EntryText(TextKind.CAPTION, "en", "look " + i)), Provenance.UNKNOWN), "importer").id());
        }
        return ids;
    }

    private static void save(DatasetStore store, long entry, String labeller, List<Annotation> annotations) throws DatasetException {
        store.annotations().save(entry, store.annotations().read(entry).entryVersion(), labeller, annotations, labeller);
    }

    private static Annotation.Attribute attribute(String name, String value) {
        return new Annotation.Attribute(Label.of(name), value);
    }

    private static Annotation.Region box(String label, double x, double y, double w, double h) {
        return new Annotation.Region(0, Label.of(label), new Box(x, y, w, h));
    }

    @Test
    void agreementOfAttributesAndShapesMatchesHandComputedFigures() throws Exception {
        try (DatasetStore store = open()) {
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("bea", Role.LABELLER, "root");
            store.addUser("cy", Role.LABELLER, "root");
            List<Long> e = entries(store, 11);
            // sleeve on entries 0-9: both long on 0-3, ada long / bea short on 4, ada short / bea long on 5-6, both short on 7-9
            String[] ada = { "long", "long", "long", "long", "long", "short", "short", "short", "short", "short" };
            String[] bea = { "long", "long", "long", "long", "short", "long", "long", "short", "short", "short" };
            Shape.Keypoints pose = new Keypoints("garment", List.of(new Keypoint(1, 1, Shape.Visibility.VISIBLE)));
            BufferedImage mask = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < 4; x++) {
                mask.getRaster().setSample(x, 0, 0, 255); // the top row, like the run lengths "0 4 4"
            }
            Path maskFile = work.resolve("mask.png");
            ImageIO.write(mask, "png", maskFile.toFile());
            String maskPng = store.media().put(maskFile);
            for (int i = 0; i < 10; i++) {
                List<Annotation> a = new ArrayList<>(List.of(attribute("sleeve", ada[i])));
                List<Annotation> b = new ArrayList<>(List.of(attribute("sleeve", bea[i])));
                if (i < 2) { // colour: both black on entries 0 and 1
                    a.add(attribute("colour", "black"));
                    b.add(attribute("colour", "black"));
                }
                if (i == 2) { // fit: only ada sets it
                    a.add(attribute("fit", "slim"));
                }
                if (i == 3) {
                    a.add(Annotation.Mask.png(0, Label.of("bag"), maskPng));
                    b.add(Annotation.Mask.rle(0, Label.of("bag"), "2 4 2"));
                    a.add(new Annotation.Tag(new Label("fvgs-video", "1", "runway")));
                    b.add(new Annotation.Tag(new Label("fvgs-video", "1", "runway")));
                }
                if (i == 0) {
                    a.addAll(List.of(box("dress", 0, 0, 2, 2), box("dress", 10, 10, 4, 4), new Annotation.Region(0, Label.of("person"), pose)));
                    b.addAll(List.of(box("dress", 1, 1, 2, 2), box("dress", 10, 10, 4, 2), box("bag", 0, 0, 1, 1),
                            new Annotation.Region(0, Label.of("person"), pose)));
                }
                if (i == 1) {
                    a.add(new Annotation.Region(0, Label.of("dress"), new Polygon(List.of(new Point(0, 0), new Point(4, 0), new Point(0, 4)))));
                    b.add(new Annotation.Region(0, Label.of("dress"),
                            new Polygon(List.of(new Point(0, 0), new Point(2, 0), new Point(2, 2), new Point(0, 2)))));
                    a.add(Annotation.Mask.rle(0, Label.of("dress"), "0 4 4"));
                    b.add(Annotation.Mask.rle(0, Label.of("dress"), "2 4 2"));
                    a.add(new Annotation.Track(1, Label.of("model"), new ShapeTrack(List.of(Keyframe.of(0, new Box(0, 0, 10, 10))))));
                    b.add(new Annotation.Track(1, Label.of("model"),
                            new ShapeTrack(List.of(Keyframe.of(0, new Box(0, 0, 10, 10)), Keyframe.absent(5)))));
                }
                save(store, e.get(i), "ada", a);
                save(store, e.get(i), "bea", b);
            }
            save(store, e.get(0), "cy", List.of()); // cy found nothing to annotate on entry 0
            save(store, e.get(10), "ada", List.of(attribute("sleeve", "long"))); // labelled once: no agreement

            Agreement ag = store.quality().agreement();
            assertEquals(10, ag.entries());
            assertEquals(List.of("ada/bea", "ada/cy", "bea/cy"), ag.pairs().stream().map(p -> p.labellerA() + "/" + p.labellerB()).toList());
            Agreement.Pair p = ag.pairs().get(0);
            assertEquals(10, p.entries());
            assertEquals(List.of("colour", "fit", "sleeve"), p.attributes().stream().map(Agreement.Kappa::attribute).toList());

            Agreement.Kappa colour = p.attributes().get(0);
            assertEquals(2, colour.items(), "only entries where someone set colour");
            assertTrue(colour.kappa().isEmpty(), "both always black: p_e = 1, undefined");
            Agreement.Kappa fit = p.attributes().get(1);
            assertEquals(1, fit.items());
            assertEquals(0.0, fit.observed(), "slim against (none)");
            assertEquals(0.0, fit.kappa().orElseThrow(), EPS);
            Agreement.Kappa sleeve = p.attributes().get(2);
            // p_o = 7/10; ada long 5, bea long 6: p_e = 0.5 x 0.6 + 0.5 x 0.4 = 0.5; kappa = 0.4
            assertEquals(10, sleeve.items());
            assertEquals(0.7, sleeve.observed(), EPS);
            assertEquals(0.5, sleeve.expected(), EPS);
            assertEquals(0.4, sleeve.kappa().orElseThrow(), EPS);
            // overall: 13 items, 9 agree; chance: long 5 x 6 + short 5 x 4 + black 2 x 2 + slim 1 x 0 + (none) 0 x 1 = 54 of 169
            Agreement.Kappa overall = p.overall();
            assertEquals(13, overall.items());
            assertEquals(9.0 / 13, overall.observed(), EPS);
            assertEquals(54.0 / 169, overall.expected(), EPS);
            assertEquals(63.0 / 115, overall.kappa().orElseThrow(), EPS);

            assertEquals(List.of("box", "polygon", "mask", "track"), p.shapes().stream().map(Agreement.Shapes::kind).toList(), "keypoints left out");
            Agreement.Shapes boxes = p.shapes().get(0);
            // greedy: (10,10,4,4)-(10,10,4,2) at 0.5 first, then (0,0,2,2)-(1,1,2,2) at 1/7; the bag matches no dress
            assertEquals(List.of(2L, 3L, 2L, 1L, 0L, 1L), List.of(boxes.shapesA(), boxes.shapesB(), boxes.matched(), boxes.matchedAtHalf(),
                    boxes.unmatchedA(), boxes.unmatchedB()));
            assertEquals((0.5 + 1.0 / 7) / 2, boxes.meanIou().orElseThrow(), EPS);
            assertEquals(2.0 / 5, boxes.shareMatchedAtHalf(), EPS);
            assertEquals(0.5, p.shapes().get(1).meanIou().orElseThrow(), EPS, "triangle and square inside it: 4 / 8");
            assertEquals(1.0 / 3, p.shapes().get(2).meanIou().orElseThrow(), EPS, "masks sharing 2 of 6 pixels, as run lengths and as a PNG");
            assertEquals(2, p.shapes().get(2).matched());
            assertEquals(0.5, p.shapes().get(3).meanIou().orElseThrow(), EPS, "together in 5 of the video's 10 frames");
            assertEquals(1, p.shapes().get(3).matchedAtHalf());

            Agreement.Pair withCy = ag.pairs().get(1);
            assertEquals(1, withCy.entries());
            assertEquals(0.0, withCy.attributes().stream().filter(k -> k.attribute().equals("sleeve")).findFirst().orElseThrow().observed(),
                    "long against (none)");
            assertEquals(0, withCy.shapes().stream().filter(s -> s.kind().equals("box")).findFirst().orElseThrow().matched());

            List<LabelCount> labels = store.quality().labels();
            LabelCount long_ = find(labels, "attribute", "sleeve", "long");
            assertEquals(5 + 6 + 1, long_.annotations());
            assertEquals(8, long_.entries(), "entries 0-6 and 10");
            assertEquals(8L, long_.entriesByStatus().get(EntryStatus.NEW));
            LabelCount dressBoxes = find(labels, "box", "dress", null);
            assertEquals(4, dressBoxes.annotations());
            assertEquals(1, dressBoxes.entries());
            assertEquals(2, find(labels, "keypoints", "person", null).annotations());
            LabelCount tag = find(labels, "tag", "runway", null);
            assertEquals(List.of(2L, 1L, "fvgs-video", "1"), List.of(tag.annotations(), tag.entries(), tag.label().taxonomy(), tag.label().taxonomyVersion()));
            assertEquals(List.of("attribute", "tag", "box", "polygon", "keypoints", "mask", "track"),
                    labels.stream().map(LabelCount::kind).distinct().toList(), "attributes first, then tags, then regions in kind order");
        }
    }

    private static LabelCount find(List<LabelCount> labels, String kind, String name, String value) {
        return labels.stream().filter(l -> l.kind().equals(kind) && l.label().name().equals(name) && java.util.Objects.equals(l.value(), value))
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + name + " " + value + " not in " + labels));
    }

    @Test
    void throughputComesFromTheAuditLog() throws Exception {
        long e1;
        long e2;
        List<AuditRecord> h1;
        List<AuditRecord> h2;
        try (DatasetStore store = open()) {
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("bea", Role.LABELLER, "root");
            store.addUser("rex", Role.REVIEWER, "root");
            List<Long> e = entries(store, 2);
            e1 = e.get(0);
            e2 = e.get(1);
            var wf = store.workflow();
            DatasetEntry taken = wf.next("ada").orElseThrow();
            assertEquals(e1, taken.id());
            wf.transition(wf.transition(taken, EntryStatus.SUBMITTED, null, "ada"), EntryStatus.ACCEPTED, "fine", "rex");
            DatasetEntry second = wf.next("ada").orElseThrow();
            DatasetEntry rejected = wf.transition(wf.transition(second, EntryStatus.SUBMITTED, null, "ada"), EntryStatus.REJECTED, "sleeves", "rex");
            wf.transition(wf.transition(rejected, EntryStatus.IN_PROGRESS, null, "ada"), EntryStatus.SUBMITTED, null, "ada");
            save(store, e1, "bea", List.of(attribute("sleeve", "long")));
            h1 = store.entryHistory(e1);
            h2 = store.entryHistory(e2);
        }
        // put the records at known times: ada took e1 at 09:00 and submitted at 09:10 (10 min), took e2 at 09:20,
        // submitted at 09:50 (30 min); rex accepted e1 and rejected e2 the next day; ada reopened e2 at 11:00 and
        // submitted at 11:06 (6 min); bea annotated e1 at 13:30 on the first day
        retime(h1, Map.of("take", "2026-03-02 09:00:00", "transition:submitted", "2026-03-02 09:10:00",
                "transition:accepted", "2026-03-03 10:00:00", "annotate", "2026-03-02 13:30:00"));
        retime(h2, Map.of("take", "2026-03-02 09:20:00", "transition:submitted", "2026-03-02 09:50:00",
                "transition:rejected", "2026-03-03 10:05:00", "transition:in_progress", "2026-03-03 11:00:00",
                "transition:submitted#2", "2026-03-03 11:06:00"));
        try (DatasetStore store = open()) {
            List<Throughput> all = store.quality().throughput(null, null);
            assertEquals(List.of("ada", "bea"), all.stream().map(Throughput::labeller).toList(), "reviewers are no labellers");
            Throughput ada = all.get(0);
            assertEquals(List.of(3L, 1L, 1L, 2L), List.of(ada.submitted(), ada.accepted(), ada.rejected(), ada.activeHours()));
            assertEquals(0.5, ada.acceptanceRate().orElseThrow(), EPS);
            assertEquals(10.0, ada.medianMinutesPerEntry().orElseThrow(), EPS, "median of 10, 30 and 6 minutes");
            assertEquals(List.of(new Throughput.Day(LocalDate.parse("2026-03-02"), 2, 0, 0), new Throughput.Day(LocalDate.parse("2026-03-03"), 1, 1, 1)),
                    ada.days());
            Throughput bea = all.get(1);
            assertEquals(List.of(0L, 0L, 0L, 1L), List.of(bea.submitted(), bea.accepted(), bea.rejected(), bea.activeHours()));
            assertTrue(bea.acceptanceRate().isEmpty() && bea.medianMinutesPerEntry().isEmpty());

            List<Throughput> secondDay = store.quality().throughput(Instant.parse("2026-03-03T00:00:00Z"), null);
            assertEquals(List.of("ada"), secondDay.stream().map(Throughput::labeller).toList());
            Throughput late = secondDay.get(0);
            assertEquals(List.of(1L, 1L, 1L, 1L), List.of(late.submitted(), late.accepted(), late.rejected(), late.activeHours()));
            assertEquals(6.0, late.medianMinutesPerEntry().orElseThrow(), EPS);
            List<Throughput> firstMorning = store.quality().throughput(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T09:30:00Z"));
            assertEquals(1, firstMorning.get(0).submitted());
            assertEquals(10.0, firstMorning.get(0).medianMinutesPerEntry().orElseThrow(), EPS);
            DatasetException empty = assertThrows(DatasetException.class,
                    () -> store.quality().throughput(Instant.parse("2026-03-03T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")));
            assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
        }
    }

    /** Sets the time of audit records, found by action (and for transitions the new status; "#2" for the second such record). */
    private void retime(List<AuditRecord> history, Map<String, String> times) throws Exception {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (AuditRecord r : history) {
            String key = r.action();
            if (key.equals("transition")) {
                key += ":" + r.after().replaceAll(".*\"status\":\"([a-z_]+)\".*", "$1");
            }
            int n = seen.merge(key, 1, Integer::sum);
            String time = times.get(n == 1 ? key : key + "#" + n);
            if (time != null) {
                db.execute("UPDATE audit_log SET changed_at = TIMESTAMP WITH TIME ZONE '" + time + "+00' WHERE id = " + r.id());
            }
        }
    }
}
