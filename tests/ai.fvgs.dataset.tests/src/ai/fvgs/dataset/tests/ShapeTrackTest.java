package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.KeypointLayout;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.dataset.Shape.Keypoint;
import ai.fvgs.dataset.Shape.Keypoints;
import ai.fvgs.dataset.Shape.Point;
import ai.fvgs.dataset.Shape.Polygon;
import ai.fvgs.dataset.Shape.Visibility;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.dataset.ShapeTrack.Keyframe;

/** Keyframe interpolation of boxes, polygons and keypoints, holding, and absence. */
class ShapeTrackTest {

    @Test
    void boxesMoveLinearlyBetweenKeyframesAndAreHeldAfterTheLast() {
        ShapeTrack track = new ShapeTrack(List.of(Keyframe.of(10, new Box(0, 0, 10, 20)), Keyframe.of(20, new Box(10, 20, 30, 40))));
        assertEquals(Optional.empty(), track.at(0), "not there before the first keyframe");
        assertEquals(Optional.empty(), track.at(9));
        assertEquals(Optional.of(new Box(0, 0, 10, 20)), track.at(10), "a keyframe's own shape");
        assertEquals(Optional.of(new Box(5, 10, 20, 30)), track.at(15), "the exact midpoint");
        Box near = (Box) track.at(12).orElseThrow();
        assertEquals(List.of(2.0, 4.0, 14.0, 24.0), List.of(near.x(), near.y(), near.width(), near.height()), "a fifth of the way");
        assertEquals(Optional.of(new Box(10, 20, 30, 40)), track.at(20));
        assertEquals(Optional.of(new Box(10, 20, 30, 40)), track.at(1_000), "held after the last keyframe");
    }

    @Test
    void quarterStepsAreExact() {
        ShapeTrack track = new ShapeTrack(List.of(Keyframe.of(0, new Box(0, 0, 0, 0)), Keyframe.of(4, new Box(8, -4, 100, 2))));
        assertEquals(new Box(2, -1, 25, 0.5), track.at(1).orElseThrow());
        assertEquals(new Box(4, -2, 50, 1), track.at(2).orElseThrow());
        assertEquals(new Box(6, -3, 75, 1.5), track.at(3).orElseThrow());
    }

    @Test
    void polygonsMovePointByPoint() {
        ShapeTrack track = new ShapeTrack(List.of(Keyframe.of(0, polygon(0, 0, 10, 0, 10, 10)), Keyframe.of(2, polygon(2, 4, 14, 8, 20, 30))));
        assertEquals(polygon(1, 2, 12, 4, 15, 20), track.at(1).orElseThrow());
    }

    @Test
    void keypointsInterpolateOnlyPointsLabelledInBothKeyframes() {
        Keypoints from = keypoints(new Keypoint(0, 0, Visibility.VISIBLE), new Keypoint(10, 10, Visibility.OCCLUDED),
                Keypoint.notLabelled(), new Keypoint(4, 4, Visibility.VISIBLE));
        Keypoints to = keypoints(new Keypoint(20, 40, Visibility.VISIBLE), new Keypoint(30, 30, Visibility.VISIBLE),
                new Keypoint(5, 5, Visibility.VISIBLE), Keypoint.notLabelled());
        ShapeTrack track = new ShapeTrack(List.of(Keyframe.of(0, from), Keyframe.of(10, to)));
        Keypoints mid = (Keypoints) track.at(5).orElseThrow();
        assertEquals(List.of(new Keypoint(10, 20, Visibility.VISIBLE), new Keypoint(20, 20, Visibility.OCCLUDED), Keypoint.notLabelled(),
                Keypoint.notLabelled()), mid.points().subList(0, 4));
        assertEquals(KeypointLayout.COCO_17.name(), mid.layout());
    }

    @Test
    void anAbsentKeyframeHidesTheObjectUntilTheNextShape() {
        Box first = new Box(0, 0, 10, 10);
        Box back = new Box(50, 50, 10, 10);
        ShapeTrack track = new ShapeTrack(List.of(Keyframe.of(0, first), Keyframe.absent(10), Keyframe.of(20, back), Keyframe.absent(30)));
        assertEquals(Optional.of(first), track.at(5), "held, not interpolated towards an absent keyframe");
        assertEquals(Optional.of(first), track.at(9));
        assertEquals(Optional.empty(), track.at(10));
        assertEquals(Optional.empty(), track.at(19), "no interpolation out of absence");
        assertEquals(Optional.of(back), track.at(20));
        assertEquals(Optional.of(back), track.at(29));
        assertEquals(Optional.empty(), track.at(30));
        assertEquals(Optional.empty(), track.at(5_000), "stays absent after an absent last keyframe");
        assertEquals("box", track.shapeType());
    }

    @Test
    void findsTheRightSegmentAmongManyKeyframes() {
        List<Keyframe> keyframes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            keyframes.add(Keyframe.of(i * 10, new Box(i * 10, 0, 1, 1)));
        }
        ShapeTrack track = new ShapeTrack(keyframes);
        for (int frame = 0; frame <= 9_990; frame += 7) {
            assertEquals(frame, ((Box) track.at(frame).orElseThrow()).x(), 1e-9, "x follows the frame at " + frame);
        }
    }

    @Test
    void badTracksAreRefusedWithTheReason() {
        Box box = new Box(0, 0, 1, 1);
        assertMessage("increasing frame order", () -> new ShapeTrack(List.of(Keyframe.of(5, box), Keyframe.of(5, box))));
        assertMessage("one type", () -> new ShapeTrack(List.of(Keyframe.of(0, box), Keyframe.of(5, polygon(0, 0, 1, 0, 1, 1)))));
        assertMessage("same number of points",
                () -> new ShapeTrack(List.of(Keyframe.of(0, polygon(0, 0, 1, 0, 1, 1)), Keyframe.of(5, polygon(0, 0, 1, 0, 1, 1, 0, 1)))));
        assertMessage("all absent", () -> new ShapeTrack(List.of(Keyframe.absent(0))));
        assertMessage("1 to 100,000", () -> new ShapeTrack(List.of()));
        assertMessage("frame numbers start at 0", () -> Keyframe.of(-1, box));
        assertMessage("frame numbers start at 0", () -> new ShapeTrack(List.of(Keyframe.of(0, box))).at(-3));
        assertMessage("layout coco-17; it needs 17", () -> new Keypoints("coco-17", List.of(Keypoint.notLabelled())));
        assertMessage("width and height must be 0 or more", () -> new Box(0, 0, -1, 2));
        assertMessage("finite", () -> new Point(Double.NaN, 0));
        assertMessage("3 to 10,000 points", () -> polygon(0, 0, 1, 1));
        assertMessage("use 0 (not labelled), 1 (occluded) or 2 (visible)", () -> Visibility.ofCode(3));
    }

    static Polygon polygon(double... xy) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new Point(xy[i], xy[i + 1]));
        }
        return new Polygon(points);
    }

    /** COCO-17 keypoints starting with the given points, the rest not labelled. */
    static Keypoints keypoints(Keypoint... first) {
        List<Keypoint> points = new ArrayList<>(List.of(first));
        points.addAll(Collections.nCopies(17 - first.length, Keypoint.notLabelled()));
        return new Keypoints("coco-17", points);
    }

    @Test
    void aBoxMovedOnALaterFrameIsInterpolatedInBetween() {
        ShapeTrack one = new ShapeTrack(List.of(Keyframe.of(5, new Box(10, 10, 40, 20))));
        assertEquals(Optional.of(new Box(10, 10, 40, 20)), one.at(25), "a single keyframe is held");
        ShapeTrack two = one.withKeyframe(Keyframe.of(25, new Box(50, 30, 40, 20)));
        assertEquals(List.of(5, 25), two.keyframes().stream().map(Keyframe::frame).toList());
        assertEquals(Optional.of(new Box(30, 20, 40, 20)), two.at(15), "halfway");
        assertEquals(Optional.of(new Box(20, 15, 40, 20)), two.at(10), "a quarter of the way");
        assertEquals(Optional.empty(), two.keyframe(15), "interpolated, not a keyframe");
        assertEquals(Optional.of(Keyframe.of(25, new Box(50, 30, 40, 20))), two.keyframe(25));
    }

    @Test
    void settingAKeyframeReplacesTheOneAtTheSameFrameAndKeepsTheOrder() {
        ShapeTrack track = new ShapeTrack(List.of(Keyframe.of(0, new Box(0, 0, 10, 10)), Keyframe.of(20, new Box(20, 0, 10, 10))));
        ShapeTrack moved = track.withKeyframe(Keyframe.of(20, new Box(40, 0, 10, 10)));
        assertEquals(2, moved.keyframes().size());
        assertEquals(Optional.of(new Box(20, 0, 10, 10)), moved.at(10), "interpolated towards the replaced keyframe");
        ShapeTrack middle = moved.withKeyframe(Keyframe.of(10, new Box(0, 40, 10, 10)));
        assertEquals(List.of(0, 10, 20), middle.keyframes().stream().map(Keyframe::frame).toList());
        assertEquals(Optional.of(new Box(0, 20, 10, 10)), middle.at(5));
        ShapeTrack first = middle.withKeyframe(Keyframe.absent(30)).withKeyframe(Keyframe.of(0, new Box(2, 2, 10, 10)));
        assertEquals(List.of(0, 10, 20, 30), first.keyframes().stream().map(Keyframe::frame).toList());
        assertEquals(Optional.empty(), first.at(31), "absent after the absent keyframe");
        assertMessage("polygon", () -> track.withKeyframe(Keyframe.of(5, polygon(0, 0, 1, 0, 1, 1))));
    }

    @Test
    void deletingAKeyframeInterpolatesBetweenItsNeighboursAndTheLastEndsTheTrack() {
        ShapeTrack track = new ShapeTrack(List.of(Keyframe.of(0, new Box(0, 0, 10, 10)), Keyframe.of(10, new Box(100, 0, 10, 10)),
                Keyframe.of(20, new Box(20, 0, 10, 10))));
        ShapeTrack without = track.withoutKeyframe(10).orElseThrow();
        assertEquals(Optional.of(new Box(10, 0, 10, 10)), without.at(10));
        assertMessage("frame 7 is not a keyframe; the keyframes are at 0, 10, 20", () -> track.withoutKeyframe(7));
        ShapeTrack last = new ShapeTrack(List.of(Keyframe.of(3, new Box(0, 0, 1, 1)), Keyframe.absent(9)));
        assertEquals(Optional.empty(), last.withoutKeyframe(3), "only an absent keyframe would be left");
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad);
        assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
    }
}
