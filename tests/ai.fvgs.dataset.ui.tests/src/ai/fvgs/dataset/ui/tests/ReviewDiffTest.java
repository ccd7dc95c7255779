package ai.fvgs.dataset.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ui.internal.ReviewDiff;

/** The differences the Review part shows between two labellers' sets. */
class ReviewDiffTest {

    private static final Label DRESS = new Label("fashionpedia", "1.0", "dress"), SHOE = Label.of("shoe"), PERSON = Label.of("person");

    private static Annotation.Region box(Label label, double x, double y, double w, double h) {
        return new Annotation.Region(0, label, new Shape.Box(x, y, w, h));
    }

    @Test
    void shapesAreMatchedByHighestIouWithinTheirLabel() {
        List<Annotation> a = List.of(box(DRESS, 0, 0, 100, 100), box(DRESS, 200, 0, 100, 100), box(SHOE, 0, 300, 20, 20));
        // b's first dress overlaps a's second best; its shoe lies elsewhere, its person is extra
        List<Annotation> b = List.of(box(DRESS, 210, 0, 100, 100), box(DRESS, 0, 0, 100, 100), box(SHOE, 100, 300, 20, 20),
                box(PERSON, 0, 0, 50, 50));
        ReviewDiff d = ReviewDiff.of("lena", a, "mia", b);
        assertEquals(Arrays.asList("IoU 1.00", "IoU 0.82", "unmatched"), d.notesA());
        assertEquals(Arrays.asList("IoU 0.82", "IoU 1.00", "unmatched", "unmatched"), d.notesB());
        assertArrayEquals(new boolean[] { false, false, true }, d.flaggedA());
        assertArrayEquals(new boolean[] { false, false, true, true }, d.flaggedB());
        assertEquals(List.of("box shoe only in lena's set", "box shoe only in mia's set", "box person only in mia's set"), d.differences());
        assertEquals(3, d.flaggedShapes());
    }

    @Test
    void aPoorOverlapIsFlaggedAndPolygonsAreNotMatchedWithBoxes() {
        Annotation.Region square = new Annotation.Region(0, DRESS, new Shape.Polygon(List.of(new Shape.Point(0, 0), new Shape.Point(100, 0),
                new Shape.Point(100, 100), new Shape.Point(0, 100))));
        ReviewDiff d = ReviewDiff.of("lena", List.of(square, box(DRESS, 0, 0, 100, 100)), "mia",
                List.of(new Annotation.Region(0, DRESS, new Shape.Polygon(List.of(new Shape.Point(60, 0), new Shape.Point(160, 0),
                        new Shape.Point(160, 100), new Shape.Point(60, 100))))));
        assertEquals(Arrays.asList("IoU 0.25", "unmatched"), d.notesA());
        assertTrue(d.flaggedA()[0] && d.flaggedA()[1]);
        assertEquals(List.of("polygon dress: IoU 0.25 (below 0.5)", "box dress only in lena's set"), d.differences());
    }

    @Test
    void attributesTagsAndCaptionsThatDifferAreListedWithBothValues() {
        Label skin = new Label("fvgs-model", "1", "skin-tone"), colour = Label.of("colour");
        List<Annotation> a = List.of(new Annotation.Attribute(skin, "mst-4"), new Annotation.Attribute(colour, "red"), new Annotation.Tag(Label.of("evening")),
                new Annotation.Caption("en", "A red dress"));
        List<Annotation> b = List.of(new Annotation.Attribute(skin, "mst-3"), new Annotation.Attribute(colour, "red"), new Annotation.Caption("en", "A red dress"));
        ReviewDiff d = ReviewDiff.of("lena", a, "mia", b);
        assertEquals(List.of("skin-tone: mst-4 (lena) / mst-3 (mia)", "tag: evening (lena) / (none) (mia)"), d.differences());
        assertEquals(0, d.flaggedShapes());
    }

    @Test
    void keypointsArePairedBySkeletonAndOneSetHasNothingToCompare() {
        Shape.Keypoints k = new Shape.Keypoints("coco-17", java.util.Collections.nCopies(17, new Shape.Keypoint(5, 5, Shape.Visibility.VISIBLE)));
        Annotation.Region person = new Annotation.Region(0, PERSON, k);
        ReviewDiff d = ReviewDiff.of("lena", List.of(person), "mia", List.of(person));
        assertEquals(Arrays.asList("paired"), d.notesA());
        assertEquals(List.of(), d.differences());

        ReviewDiff alone = ReviewDiff.of("lena", List.of(person), null, List.of());
        assertEquals(List.of("Only lena annotated this entry: nothing to compare"), alone.differences());
        assertEquals(0, alone.notesB().size());
    }
}
