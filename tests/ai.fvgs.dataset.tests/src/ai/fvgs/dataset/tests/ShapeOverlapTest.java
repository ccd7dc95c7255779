package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.Agreement.Kappa;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Point;
import ai.fvgs.dataset.Shape.Polygon;
import ai.fvgs.dataset.ShapeOverlap;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ShapeTrack.Keyframe;

/** IoU of boxes, polygons, run-length masks and tracks, and Cohen's kappa, against values worked out by hand. */
class ShapeOverlapTest {

    private static final double EPS = 1e-12;

    private static Polygon polygon(double... xy) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new Point(xy[i], xy[i + 1]));
        }
        return new Polygon(points);
    }

    @Test
    void boxesOverlapByTheirCommonRectangle() {
        // 2 x 2 boxes shifted by (1, 1): intersection 1, union 4 + 4 - 1 = 7
        assertEquals(1.0 / 7, ShapeOverlap.iou(new Box(0, 0, 2, 2), new Box(1, 1, 2, 2)), EPS);
        // (10, 10, 4, 4) and (10, 10, 4, 2): the second lies inside the first, 8 / 16
        assertEquals(0.5, ShapeOverlap.iou(new Box(10, 10, 4, 4), new Box(10, 10, 4, 2)), EPS);
        assertEquals(1.0, ShapeOverlap.iou(new Box(3, 4, 5, 6), new Box(3, 4, 5, 6)), EPS);
        assertEquals(0.0, ShapeOverlap.iou(new Box(0, 0, 2, 2), new Box(2, 0, 2, 2)), "touching edges share no area");
        assertEquals(0.0, ShapeOverlap.iou(new Box(0, 0, 0, 0), new Box(0, 0, 0, 0)), "no area at all is 0, not NaN");
    }

    @Test
    void polygonsAreExactIncludingConcaveAndRotatedOnes() {
        Polygon triangle = polygon(0, 0, 4, 0, 0, 4); // area 8; the square (0,0)-(2,2) lies inside it (corner on the hypotenuse)
        Polygon square = polygon(0, 0, 2, 0, 2, 2, 0, 2);
        assertEquals(8.0, ShapeOverlap.area(triangle), EPS);
        assertEquals(0.5, ShapeOverlap.iou(triangle, square), EPS);
        assertEquals(0.5, ShapeOverlap.iou(triangle, new Box(0, 0, 2, 2)), EPS, "a box against a polygon");

        // An L of area 4 + 3 = 7 against the box (0,0)-(2,2) of area 4: they share [0,2]x[0,1] and [0,1]x[1,2], 3
        Polygon ell = polygon(0, 0, 4, 0, 4, 1, 1, 1, 1, 4, 0, 4);
        assertEquals(7.0, ShapeOverlap.area(ell), EPS);
        assertEquals(3.0 / 8, ShapeOverlap.iou(ell, new Box(0, 0, 2, 2)), EPS);

        // A diamond of area 8 in the box (0,0)-(4,4): 8 / 16; against the right half x in [2,4]: 4 / (8 + 8 - 4)
        Polygon diamond = polygon(2, 0, 4, 2, 2, 4, 0, 2);
        assertEquals(0.5, ShapeOverlap.iou(diamond, new Box(0, 0, 4, 4)), EPS);
        assertEquals(1.0 / 3, ShapeOverlap.iou(diamond, new Box(2, 0, 2, 4)), EPS);

        // Two triangles whose edges cross between corners: (0,0),(4,0),(2,4) and its mirror (0,4),(4,4),(2,0).
        // Each has area 8; they share the rhombus (2,0),(3,2),(2,4),(1,2) of area 4 x 2 / 2 = 4: IoU 4 / 12
        assertEquals(1.0 / 3, ShapeOverlap.iou(polygon(0, 0, 4, 0, 2, 4), polygon(0, 4, 4, 4, 2, 0)), EPS);

        // Clockwise and counter-clockwise corners give the same result; far-apart polygons do not overlap
        assertEquals(0.5, ShapeOverlap.iou(polygon(0, 0, 0, 4, 4, 0), square), EPS);
        assertEquals(0.0, ShapeOverlap.iou(triangle, polygon(10, 10, 12, 10, 11, 12)));

        // A bow tie (self-crossing at (1,1)) covers two triangles of area 1 each (even-odd rule)
        Polygon bowTie = polygon(0, 0, 2, 2, 2, 0, 0, 2);
        assertEquals(2.0, ShapeOverlap.area(bowTie), EPS);
        assertEquals(0.5, ShapeOverlap.iou(bowTie, new Box(0, 0, 2, 2)), EPS);
    }

    @Test
    void aManyCornerCircleMatchesItsClosedForm() {
        // Two regular 720-gons of radius 10 whose centres are 10 apart. The lens of two circles of radius r at
        // distance d has area 2 r^2 acos(d / 2r) - (d / 2) sqrt(4 r^2 - d^2); the polygons approach the circles.
        List<Point> a = new ArrayList<>();
        List<Point> b = new ArrayList<>();
        for (int i = 0; i < 720; i++) {
            double t = 2 * Math.PI * i / 720;
            a.add(new Point(10 * Math.cos(t), 10 * Math.sin(t)));
            b.add(new Point(10 + 10 * Math.cos(t), 10 * Math.sin(t)));
        }
        double lens = 2 * 100 * Math.acos(0.5) - 5 * Math.sqrt(400 - 100);
        double circle = Math.PI * 100;
        assertEquals(lens / (2 * circle - lens), ShapeOverlap.iou(new Polygon(a), new Polygon(b)), 1e-4);
    }

    @Test
    void runLengthMasksCompareRunByRun() {
        // 8 pixels: A has pixels 0-3, B pixels 2-5; they share 2 and 3: 2 / 6
        assertEquals(1.0 / 3, ShapeOverlap.iou("0 4 4", "2 4 2"), EPS);
        // A: pixels 1, 4-5; B: pixels 0-1, 5, 7 -> shared 1 and 5, union 0, 1, 4, 5, 7
        assertEquals(2.0 / 5, ShapeOverlap.iou("1 1 2 2 2", "0 2 3 1 1 1"), EPS);
        assertEquals(1.0, ShapeOverlap.iou("3 5", "3 5"), EPS);
        assertEquals(0.0, ShapeOverlap.iou("8", "8"), "two empty masks");
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class, () -> ShapeOverlap.iou("0 4 4", "0 4 5"));
        assertTrue(sizes.getMessage().contains("8 and 9 pixels"), sizes.getMessage());
    }

    @Test
    void tracksAverageOverFramesWhereEitherObjectIsThere() {
        Box box = new Box(0, 0, 10, 10);
        ShapeTrack held = new ShapeTrack(List.of(Keyframe.of(0, box)));
        ShapeTrack gone = new ShapeTrack(List.of(Keyframe.of(0, box), Keyframe.absent(5)));
        // frames 0-4 both there (IoU 1), frames 5-9 only one (0): 5 / 10
        assertEquals(0.5, ShapeOverlap.iou(held, gone, 10).orElseThrow(), EPS);
        // B moves from x = 0 to x = 10 over frames 0-10; at frame f the overlap is (10 - f) x 10 of union (10 + f) x 10
        ShapeTrack moving = new ShapeTrack(List.of(Keyframe.of(0, box), Keyframe.of(10, new Box(10, 0, 10, 10))));
        double sum = 0;
        for (int f = 0; f < 11; f++) {
            sum += (10.0 - f) / (10.0 + f);
        }
        assertEquals(sum / 11, ShapeOverlap.iou(held, moving, 11).orElseThrow(), EPS);
        ShapeTrack late = new ShapeTrack(List.of(Keyframe.of(20, box)));
        assertTrue(ShapeOverlap.iou(late, late, 10).isEmpty(), "neither there in any frame");
        ShapeTrack keypoints = new ShapeTrack(List.of(Keyframe.of(0, new Keypoints("garment", List.of(new Keypoint(1, 1, Shape.Visibility.VISIBLE))))));
        assertThrows(IllegalArgumentException.class, () -> ShapeOverlap.iou(keypoints, held, 10));
    }

    @Test
    void cohensKappaOfTheTextbookTwoByTwoTable() {
        // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15.
        // p_o = 35 / 50 = 0.7; A says yes 25 times, B 30 times: p_e = 0.5 x 0.6 + 0.5 x 0.4 = 0.5; kappa = 0.2 / 0.5 = 0.4
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        add(a, b, "no", "no", 15);
        Kappa k = Kappa.of("fits", a, b);
        assertEquals(50, k.items());
        assertEquals(0.7, k.observed(), EPS);
        assertEquals(0.5, k.expected(), EPS);
        assertEquals(0.4, k.kappa().orElseThrow(), EPS);

        Kappa perfect = Kappa.of("x", List.of("a", "b", "a"), List.of("a", "b", "a"));
        assertEquals(1.0, perfect.kappa().orElseThrow(), EPS);
        Kappa opposite = Kappa.of("x", List.of("a", "b"), List.of("b", "a")); // p_o 0, p_e 0.5: -1
        assertEquals(-1.0, opposite.kappa().orElseThrow(), EPS);
        Kappa constant = Kappa.of("x", Collections.nCopies(4, "red"), Collections.nCopies(4, "red"));
        assertTrue(constant.kappa().isEmpty(), "p_e = 1: undefined, not NaN");
        assertEquals(1.0, constant.observed());
        assertThrows(IllegalArgumentException.class, () -> Kappa.of("x", List.of("a"), List.of()));
    }

    private static void add(List<String> a, List<String> b, String x, String y, int times) {
        for (int i = 0; i < times; i++) {
            a.add(x);
            b.add(y);
        }
    }
}
