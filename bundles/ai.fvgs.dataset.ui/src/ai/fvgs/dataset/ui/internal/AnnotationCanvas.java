package ai.fvgs.dataset.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ShapeTrack;
import ai.fvgs.sdk.taxonomy.KeypointSkeleton;
import ai.fvgs.sdk.taxonomy.SkeletonEdge;

/**
 * The image of an entry with its shapes, edited with the mouse and the keyboard: zoom (wheel, {@code +},
 * {@code -}, {@code 0} to fit), pan (middle button, or drag with space held), and the tools select/move
 * ({@code V}), box ({@code B}), polygon ({@code P}: click the corners, Enter or a double click closes it) and
 * keypoints ({@code K}: click the points in the skeleton's order, Shift-click for an occluded point, {@code N}
 * skips a point, Enter ends). Del deletes the selected shape, Ctrl+Z undoes, Esc drops the shape being drawn.
 * Shapes lie on the entry's first image (media position 0) and are stored in the {@link EntryWork}.
 * <p>
 * For a video entry ({@link #showFrame}), the shapes are tracks on the video: a shape drawn on a frame starts a
 * track with a keyframe there, moving it on another frame sets a keyframe there, and every other frame shows the
 * shape interpolated between the keyframes ({@link ShapeTrack#at(int)}).
 */
public final class AnnotationCanvas {

    /** The drawing tools, with their keys. */
    public enum Tool {
        /** Select, move and delete shapes. */
        SELECT('v'),
        /** Draw a box by dragging. */
        BOX('b'),
        /** Click the corners of a polygon. */
        POLYGON('p'),
        /** Click the keypoints of a skeleton. */
        KEYPOINTS('k');

        private final char key;

        Tool(char key) {
            this.key = key;
        }

        /** @return the key that picks the tool, lower case */
        public char key() {
            return key;
        }
    }

    private static final double MIN_SCALE = 0.02, MAX_SCALE = 32, STEP = 1.25;

    private final Canvas canvas;
    private final Supplier<Label> category;
    private final Supplier<KeypointSkeleton> skeleton;
    private final Function<String, KeypointSkeleton> skeletonOf;
    private final Consumer<String> message;
    private Predicate<Event> otherKeys = e -> false;
    private final List<Runnable> toolListeners = new ArrayList<>();

    private EntryWork work;
    private Image image;
    private int imageWidth, imageHeight;
    private double scale = 1, ox, oy;
    private boolean fitted;
    private Tool tool = Tool.BOX;
    private int selected = -1;

    private double[] dragStart, dragNow;
    private final List<Shape.Point> polygon = new ArrayList<>();
    private final List<Shape.Keypoint> keypoints = new ArrayList<>();
    private boolean spaceDown, panning;
    private int panX, panY;
    private Annotation moving;
    private int videoMedia = -1, frame = -1;
    private Runnable spaceTap = () -> { };
    private boolean spaceUsed;
    private double[] moveStart;
    private boolean readOnly;
    private java.util.function.IntFunction<String> notes = i -> null;
    private java.util.function.IntPredicate flagged = i -> false;
    private String emptyText = "No entry open: take the next entry (Alt+Right or J) or double-click one in the entry browser";

    /**
     * @param parent     the parent
     * @param category   the category new shapes get, or {@code null} when none is chosen
     * @param skeleton   the skeleton the keypoints tool places
     * @param skeletonOf finds the skeleton of a stored layout to draw its edges, or returns {@code null}
     * @param message    shows a hint or a problem to the labeller
     */
    public AnnotationCanvas(Composite parent, Supplier<Label> category, Supplier<KeypointSkeleton> skeleton,
            Function<String, KeypointSkeleton> skeletonOf, Consumer<String> message) {
        this.category = category;
        this.skeleton = skeleton;
        this.skeletonOf = skeletonOf;
        this.message = message;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            if (!fitted) {
                fit();
            }
        });
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            if (tool == Tool.POLYGON && e.button == 1) {
                finishPolygon();
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> zoom(e.count > 0 ? STEP : 1 / STEP, e.x, e.y));
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.KeyUp, e -> {
            if (e.character == ' ') {
                spaceDown = false;
                if (!spaceUsed) {
                    spaceTap.run(); // Space pressed and released without panning: play/pause a video
                }
            }
        });
        canvas.addListener(SWT.MouseEnter, e -> canvas.setFocus());
        canvas.addListener(SWT.Dispose, e -> disposeImage());
    }

    /** @return the SWT control */
    public Canvas control() {
        return canvas;
    }

    /** @param handler gets the keys the canvas does not use (next entry, cheat sheet); returns whether it used them */
    public void otherKeys(Predicate<Event> handler) {
        otherKeys = handler;
    }

    /** @param listener told when the tool changes */
    public void addToolListener(Runnable listener) {
        toolListeners.add(listener);
    }

    /**
     * Shows an entry.
     *
     * @param newWork the work on the entry, or {@code null} for none
     * @param data    its image, or {@code null}
     */
    public void show(EntryWork newWork, ImageData data) {
        disposeImage();
        videoMedia = -1;
        frame = -1;
        work = newWork;
        selected = -1;
        cancelDrawing();
        if (data != null) {
            image = new Image(canvas.getDisplay(), data);
            imageWidth = data.width;
            imageHeight = data.height;
        } else {
            imageWidth = imageHeight = 0;
        }
        if (work != null) {
            work.addListener(() -> {
                if (selected >= work.annotations().size()) {
                    selected = -1;
                }
                redraw();
            });
        }
        fit();
    }

    /**
     * Makes the canvas read-only (review): zoom, pan and selecting a shape work; drawing, moving, deleting and undo
     * do not, and the tool keys go to {@link #otherKeys(Predicate)}.
     *
     * @param on whether the shapes cannot be edited
     */
    public void readOnly(boolean on) {
        readOnly = on;
        cancelDrawing();
        redraw();
    }

    /**
     * Marks shapes, e.g. the differences between two labellers: a flagged shape is drawn with a dashed, thicker
     * line, and a note is written after its label.
     *
     * @param newNotes   the note of the annotation at a position in the set, or {@code null} for none
     * @param newFlagged whether the annotation at a position is flagged
     */
    public void marks(java.util.function.IntFunction<String> newNotes, java.util.function.IntPredicate newFlagged) {
        notes = newNotes;
        flagged = newFlagged;
        redraw();
    }

    /** @param text what the canvas says when no entry is shown */
    public void emptyText(String text) {
        emptyText = text;
        redraw();
    }

    /**
     * Shows a frame of the entry's video; the view stays where it is unless the picture's size changed. From now on
     * the shapes shown and drawn are the tracks of that video at this frame.
     *
     * @param media      the video's position in the entry's media
     * @param frameIndex the frame, from 0
     * @param data       its pixels
     */
    public void showFrame(int media, int frameIndex, ImageData data) {
        boolean sameSize = image != null && data.width == imageWidth && data.height == imageHeight;
        disposeImage();
        videoMedia = media;
        frame = frameIndex;
        image = new Image(canvas.getDisplay(), data);
        imageWidth = data.width;
        imageHeight = data.height;
        if (sameSize && fitted) {
            redraw();
        } else {
            fit();
        }
    }

    /** @return the video frame shown, or -1 for an image */
    public int frame() {
        return frame;
    }

    /** @param action run when Space is pressed and released without panning (play/pause) */
    public void onSpaceTap(Runnable action) {
        spaceTap = action;
    }

    /**
     * @param a an annotation of the entry
     * @return its shape on the picture shown: a region on the image, or a track at the video frame; {@code null} if
     *         it has none there
     */
    public Shape shapeOf(Annotation a) {
        if (videoMedia < 0) {
            return a instanceof Annotation.Region r && r.media() == 0 ? r.shape() : null;
        }
        return a instanceof Annotation.Track t && t.media() == videoMedia ? t.track().at(frame).orElse(null) : null;
    }

    private Annotation placed(Annotation a, Shape shape) {
        return switch (a) {
        case Annotation.Track t -> new Annotation.Track(t.media(), t.label(), t.track().withKeyframe(ShapeTrack.Keyframe.of(frame, shape)));
        case Annotation.Region r -> new Annotation.Region(r.media(), r.label(), shape);
        default -> a;
        };
    }

    /**
     * Makes the selected track's shape at this frame a keyframe (it stays put when its neighbours move).
     *
     * @return whether a track with a shape at this frame was selected
     */
    public boolean setKeyframe() {
        if (work == null || videoMedia < 0 || selected < 0 || selected >= work.annotations().size()) {
            return false;
        }
        Annotation a = work.annotations().get(selected);
        Shape s = shapeOf(a);
        if (!(a instanceof Annotation.Track) || s == null) {
            return false;
        }
        int i = selected;
        work.edit(list -> {
            list.set(i, placed(a, s));
            return list;
        });
        return true;
    }

    /**
     * Deletes the selected track's keyframe at this frame; the track is deleted with its last keyframe.
     *
     * @return whether there was such a keyframe
     */
    public boolean deleteKeyframe() {
        if (work == null || videoMedia < 0 || selected < 0 || selected >= work.annotations().size()
                || !(work.annotations().get(selected) instanceof Annotation.Track t) || t.track().keyframe(frame).isEmpty()) {
            return false;
        }
        int i = selected;
        java.util.Optional<ShapeTrack> rest = t.track().withoutKeyframe(frame);
        if (rest.isEmpty()) {
            selected = -1;
        }
        work.edit(list -> {
            if (rest.isPresent()) {
                list.set(i, new Annotation.Track(t.media(), t.label(), rest.get()));
            } else {
                list.remove(i);
            }
            return list;
        });
        return true;
    }

    /** @return the tool in use */
    public Tool tool() {
        return tool;
    }

    /** @param newTool the tool to use */
    public void tool(Tool newTool) {
        cancelDrawing();
        tool = newTool;
        if (tool == Tool.KEYPOINTS && skeleton.get() == null) {
            message.accept("No keypoint skeleton: install a taxonomy with skeletons (e.g. fvgs-model with coco-17)");
        }
        toolListeners.forEach(Runnable::run);
        redraw();
    }

    /** @return the position of the selected annotation in the set, or -1 */
    public int selected() {
        return selected;
    }

    /** @param index the annotation to select, or -1 */
    public void select(int index) {
        selected = index;
        redraw();
    }

    /** @return pixels on screen per image pixel */
    public double scale() {
        return scale;
    }

    /**
     * @param x image x
     * @param y image y
     * @return the canvas point showing that image pixel
     */
    public org.eclipse.swt.graphics.Point toCanvas(double x, double y) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(ox + x * scale), (int) Math.round(oy + y * scale));
    }

    /** Scales the image to fit the canvas, centred. */
    public void fit() {
        Rectangle area = canvas.getClientArea();
        if (imageWidth > 0 && area.width > 0 && area.height > 0) {
            scale = Math.min((area.width - 8) / (double) imageWidth, (area.height - 8) / (double) imageHeight);
            scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
            ox = (area.width - imageWidth * scale) / 2;
            oy = (area.height - imageHeight * scale) / 2;
            fitted = true;
        } else {
            fitted = false;
        }
        redraw();
    }

    /**
     * Zooms about a canvas point, which keeps showing the same image pixel.
     *
     * @param factor above 1 zooms in
     * @param x      canvas x
     * @param y      canvas y
     */
    public void zoom(double factor, int x, int y) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double ix = (x - ox) / scale, iy = (y - oy) / scale;
        scale = next;
        ox = x - ix * scale;
        oy = y - iy * scale;
        fitted = true;
        redraw();
    }

    /** Deletes the selected shape. */
    public void deleteSelected() {
        if (work != null && selected >= 0 && selected < work.annotations().size()) {
            int i = selected;
            selected = -1;
            work.edit(list -> {
                list.remove(i);
                return list;
            });
        }
    }

    /**
     * Gives the selected shape another category.
     *
     * @param label the category
     * @return whether a shape was selected
     */
    public boolean relabelSelected(Label label) {
        if (work != null && selected >= 0 && selected < work.annotations().size() && work.annotations().get(selected) instanceof Annotation.Region r) {
            int i = selected;
            work.edit(list -> {
                list.set(i, new Annotation.Region(r.media(), label, r.shape()));
                return list;
            });
            return true;
        }
        if (work != null && selected >= 0 && selected < work.annotations().size() && work.annotations().get(selected) instanceof Annotation.Track t) {
            int i = selected;
            work.edit(list -> {
                list.set(i, new Annotation.Track(t.media(), label, t.track()));
                return list;
            });
            return true;
        }
        return false;
    }

    private void keyDown(Event e) {
        if (e.character == ' ') {
            if (!spaceDown) {
                spaceUsed = false;
            }
            spaceDown = true;
            return;
        }
        if (readOnly) {
            readOnlyKey(e);
            return;
        }
        if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'z' || e.keyCode == 'Z')) {
            if (work != null) {
                work.undo();
            }
            return;
        }
        if ((e.stateMask & (SWT.MOD1 | SWT.ALT)) == 0) {
            char c = Character.toLowerCase(e.character);
            for (Tool t : Tool.values()) {
                if (c == t.key()) {
                    tool(t);
                    return;
                }
            }
            switch (e.keyCode) {
            case SWT.DEL, SWT.BS -> {
                deleteSelected();
                return;
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                if (tool == Tool.POLYGON) {
                    finishPolygon();
                } else if (tool == Tool.KEYPOINTS) {
                    finishKeypoints();
                }
                return;
            }
            case SWT.ESC -> {
                cancelDrawing();
                selected = -1;
                redraw();
                return;
            }
            default -> {
                // below
            }
            }
            Rectangle area = canvas.getClientArea();
            if (c == '+' || c == '=') {
                zoom(STEP, area.width / 2, area.height / 2);
                return;
            } else if (c == '-') {
                zoom(1 / STEP, area.width / 2, area.height / 2);
                return;
            } else if (c == '0' || c == 'f') {
                fit();
                return;
            } else if (c == 'n' && tool == Tool.KEYPOINTS) {
                addKeypoint(Shape.Keypoint.notLabelled());
                return;
            }
        }
        if (otherKeys.test(e)) {
            e.doit = false;
        }
    }

    private void readOnlyKey(Event e) {
        char c = Character.toLowerCase(e.character);
        Rectangle area = canvas.getClientArea();
        if ((e.stateMask & (SWT.MOD1 | SWT.ALT)) == 0 && (c == '+' || c == '=' || c == '-' || c == '0' || c == 'f' || e.keyCode == SWT.ESC)) {
            if (c == '0' || c == 'f') {
                fit();
            } else if (e.keyCode == SWT.ESC) {
                select(-1);
            } else {
                zoom(c == '-' ? 1 / STEP : STEP, area.width / 2, area.height / 2);
            }
        } else if (otherKeys.test(e)) {
            e.doit = false;
        }
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button == 2 || e.button == 1 && spaceDown) {
            spaceUsed = spaceDown;
            panning = true;
            panX = e.x;
            panY = e.y;
            return;
        }
        if (e.button != 1 || work == null || imageWidth == 0) {
            return;
        }
        double[] p = toImage(e.x, e.y);
        if (readOnly) {
            select(hit(p));
            return;
        }
        switch (tool) {
        case SELECT -> {
            selected = hit(p);
            if (selected >= 0) {
                moving = work.annotations().get(selected);
                moveStart = p;
            }
            redraw();
        }
        case BOX -> {
            dragStart = p;
            dragNow = p;
        }
        case POLYGON -> {
            if (e.count < 2) {
                polygon.add(new Shape.Point(p[0], p[1]));
                redraw();
            }
        }
        case KEYPOINTS -> addKeypoint(new Shape.Keypoint(p[0], p[1], (e.stateMask & SWT.SHIFT) != 0 ? Shape.Visibility.OCCLUDED
                : Shape.Visibility.VISIBLE));
        }
    }

    private void mouseMove(Event e) {
        if (panning) {
            ox += e.x - panX;
            oy += e.y - panY;
            panX = e.x;
            panY = e.y;
            fitted = true;
            redraw();
        } else if (dragStart != null) {
            dragNow = toImage(e.x, e.y);
            redraw();
        } else if (moving != null) {
            dragNow = toImage(e.x, e.y);
            redraw();
        } else if (tool == Tool.POLYGON && !polygon.isEmpty()) {
            dragNow = toImage(e.x, e.y);
            redraw();
        }
    }

    private void mouseUp(Event e) {
        if (panning) {
            panning = false;
            return;
        }
        if (dragStart != null && e.button == 1) {
            double[] a = dragStart, b = toImage(e.x, e.y);
            dragStart = null;
            dragNow = null;
            double x0 = clamp(Math.min(a[0], b[0]), imageWidth), y0 = clamp(Math.min(a[1], b[1]), imageHeight);
            double x1 = clamp(Math.max(a[0], b[0]), imageWidth), y1 = clamp(Math.max(a[1], b[1]), imageHeight);
            if ((x1 - x0) * scale >= 3 && (y1 - y0) * scale >= 3) {
                add(new Shape.Box(x0, y0, x1 - x0, y1 - y0));
            }
            redraw();
        } else if (moving != null && e.button == 1) {
            double[] now = toImage(e.x, e.y);
            double dx = now[0] - moveStart[0], dy = now[1] - moveStart[1];
            Annotation r = moving;
            Shape at = shapeOf(r);
            int i = selected;
            moving = null;
            dragNow = null;
            if ((dx != 0 || dy != 0) && at != null) {
                Annotation moved = placed(r, translate(at, dx, dy));
                if (moved instanceof Annotation.Track) {
                    message.accept("Keyframe at frame " + (frame + 1) + "; the frames in between are interpolated");
                }
                work.edit(list -> {
                    list.set(i, moved);
                    return list;
                });
            }
        }
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    private void addKeypoint(Shape.Keypoint k) {
        KeypointSkeleton s = skeleton.get();
        if (s == null || work == null) {
            message.accept("No keypoint skeleton: install a taxonomy with skeletons (e.g. fvgs-model with coco-17)");
            return;
        }
        keypoints.add(k);
        if (keypoints.size() >= s.points().size()) {
            finishKeypoints();
        } else {
            message.accept("Keypoints " + s.name() + ": next " + s.points().get(keypoints.size()) + " (N skips, Shift-click occluded, Enter ends)");
        }
        redraw();
    }

    private void finishKeypoints() {
        KeypointSkeleton s = skeleton.get();
        if (s == null || keypoints.isEmpty()) {
            return;
        }
        List<Shape.Keypoint> all = new ArrayList<>(keypoints);
        while (all.size() < s.points().size()) {
            all.add(Shape.Keypoint.notLabelled());
        }
        keypoints.clear();
        add(new Shape.Keypoints(s.name(), all));
    }

    private void finishPolygon() {
        if (polygon.size() >= 3) {
            List<Shape.Point> points = List.copyOf(polygon);
            polygon.clear();
            add(new Shape.Polygon(points));
        } else {
            message.accept("A polygon needs at least 3 corners; it has " + polygon.size());
        }
        dragNow = null;
        redraw();
    }

    private void add(Shape shape) {
        Label label = category.get();
        if (label == null) {
            message.accept("Choose a category first (type in the category search, Enter picks)");
            return;
        }
        work.edit(list -> {
            list.add(videoMedia < 0 ? new Annotation.Region(0, label, shape)
                    : new Annotation.Track(videoMedia, label, new ShapeTrack(List.of(ShapeTrack.Keyframe.of(frame, shape)))));
            return list;
        });
        selected = work.annotations().size() - 1;
        message.accept("Added " + shape.type() + " " + label.name() + (videoMedia < 0 ? ""
                : ": a track with a keyframe at frame " + (frame + 1) + "; move it on another frame to set the next keyframe"));
    }

    private void cancelDrawing() {
        dragStart = null;
        dragNow = null;
        polygon.clear();
        keypoints.clear();
        moving = null;
    }

    private double[] toImage(int x, int y) {
        return new double[] { (x - ox) / scale, (y - oy) / scale };
    }

    private int hit(double[] p) {
        List<Annotation> list = work.annotations();
        double slack = 4 / scale;
        for (int i = list.size() - 1; i >= 0; i--) {
            Shape shape = shapeOf(list.get(i));
            if (shape != null) {
                double[] b = bounds(shape);
                if (b != null && p[0] >= b[0] - slack && p[0] <= b[2] + slack && p[1] >= b[1] - slack && p[1] <= b[3] + slack) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** @return {minX, minY, maxX, maxY} of a shape's labelled points, or null */
    static double[] bounds(Shape shape) {
        return switch (shape) {
        case Shape.Box b -> new double[] { b.x(), b.y(), b.x() + b.width(), b.y() + b.height() };
        case Shape.Polygon p -> {
            double[] r = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
            p.points().forEach(q -> grow(r, q.x(), q.y()));
            yield r;
        }
        case Shape.Keypoints k -> {
            double[] r = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
            k.points().stream().filter(q -> q.visibility() != Shape.Visibility.NOT_LABELLED).forEach(q -> grow(r, q.x(), q.y()));
            yield r[0] == Double.MAX_VALUE ? null : r;
        }
        };
    }

    private static void grow(double[] r, double x, double y) {
        r[0] = Math.min(r[0], x);
        r[1] = Math.min(r[1], y);
        r[2] = Math.max(r[2], x);
        r[3] = Math.max(r[3], y);
    }

    static Shape translate(Shape shape, double dx, double dy) {
        return switch (shape) {
        case Shape.Box b -> new Shape.Box(b.x() + dx, b.y() + dy, b.width(), b.height());
        case Shape.Polygon p -> new Shape.Polygon(p.points().stream().map(q -> new Shape.Point(q.x() + dx, q.y() + dy)).toList());
        case Shape.Keypoints k -> new Shape.Keypoints(k.layout(), k.points().stream()
                .map(q -> q.visibility() == Shape.Visibility.NOT_LABELLED ? q : new Shape.Keypoint(q.x() + dx, q.y() + dy, q.visibility()))
                .toList());
        };
    }

    private void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    private static final int[][] PALETTE = { { 230, 25, 75 }, { 60, 180, 75 }, { 0, 130, 200 }, { 245, 130, 48 }, { 145, 30, 180 },
            { 70, 240, 240 }, { 240, 50, 230 }, { 210, 245, 60 } };

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.fillRectangle(area);
        if (image != null) {
            gc.setInterpolation(scale < 1 ? SWT.HIGH : SWT.NONE);
            gc.drawImage(image, 0, 0, imageWidth, imageHeight, (int) Math.round(ox), (int) Math.round(oy), (int) Math.round(imageWidth * scale),
                    (int) Math.round(imageHeight * scale));
        }
        if (work == null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(emptyText, 12, 12, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        List<Annotation> list = work.annotations();
        for (int i = 0; i < list.size(); i++) {
            Shape s = shapeOf(list.get(i));
            if (s != null) {
                if (i == selected && moving != null && dragNow != null) {
                    s = translate(s, dragNow[0] - moveStart[0], dragNow[1] - moveStart[1]);
                }
                int[] rgb = PALETTE[i % PALETTE.length];
                Color colour = new Color(rgb[0], rgb[1], rgb[2]);
                gc.setForeground(colour);
                gc.setLineWidth((i == selected ? 3 : 2) + (flagged.test(i) ? 1 : 0));
                gc.setLineStyle(flagged.test(i) ? SWT.LINE_DASH : SWT.LINE_SOLID);
                drawShape(gc, s);
                gc.setLineStyle(SWT.LINE_SOLID);
                double[] b = bounds(s);
                if (b != null) {
                    org.eclipse.swt.graphics.Point at = toCanvas(b[0], b[1]);
                    String note = notes.apply(i);
                    gc.setBackground(colour);
                    gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                    gc.drawText(labelText(list.get(i)) + (note == null ? "" : " - " + note), at.x,
                            Math.max(0, at.y - gc.getFontMetrics().getHeight()), false);
                }
            }
        }
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
        if (dragStart != null && dragNow != null) {
            org.eclipse.swt.graphics.Point a = toCanvas(dragStart[0], dragStart[1]), b = toCanvas(dragNow[0], dragNow[1]);
            gc.drawRectangle(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(a.x - b.x), Math.abs(a.y - b.y));
        }
        if (!polygon.isEmpty()) {
            List<int[]> pts = new ArrayList<>();
            polygon.forEach(q -> {
                org.eclipse.swt.graphics.Point c = toCanvas(q.x(), q.y());
                pts.add(new int[] { c.x, c.y });
            });
            if (dragNow != null) {
                org.eclipse.swt.graphics.Point c = toCanvas(dragNow[0], dragNow[1]);
                pts.add(new int[] { c.x, c.y });
            }
            int[] flat = new int[pts.size() * 2];
            for (int i = 0; i < pts.size(); i++) {
                flat[2 * i] = pts.get(i)[0];
                flat[2 * i + 1] = pts.get(i)[1];
            }
            gc.drawPolyline(flat);
        }
        for (Shape.Keypoint k : keypoints) {
            if (k.visibility() != Shape.Visibility.NOT_LABELLED) {
                org.eclipse.swt.graphics.Point c = toCanvas(k.x(), k.y());
                gc.drawOval(c.x - 4, c.y - 4, 8, 8);
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private String labelText(Annotation a) {
        return switch (a) {
        case Annotation.Region r -> r.label().name();
        case Annotation.Track t -> t.label().name() + (t.track().keyframe(frame).isPresent() ? " \u25c6" : ""); // a diamond on a keyframe
        default -> a.kind();
        };
    }

    private void drawShape(GC gc, Shape s) {
        switch (s) {
        case Shape.Box b -> {
            org.eclipse.swt.graphics.Point a = toCanvas(b.x(), b.y()), c = toCanvas(b.x() + b.width(), b.y() + b.height());
            gc.drawRectangle(a.x, a.y, c.x - a.x, c.y - a.y);
        }
        case Shape.Polygon p -> {
            int[] flat = new int[p.points().size() * 2];
            for (int i = 0; i < p.points().size(); i++) {
                org.eclipse.swt.graphics.Point c = toCanvas(p.points().get(i).x(), p.points().get(i).y());
                flat[2 * i] = c.x;
                flat[2 * i + 1] = c.y;
            }
            gc.drawPolygon(flat);
        }
        case Shape.Keypoints k -> {
            KeypointSkeleton sk = skeletonOf.apply(k.layout());
            if (sk != null) {
                for (SkeletonEdge edge : sk.edges()) {
                    if (edge.from() < k.points().size() && edge.to() < k.points().size()) {
                        Shape.Keypoint a = k.points().get(edge.from()), b = k.points().get(edge.to());
                        if (a.visibility() != Shape.Visibility.NOT_LABELLED && b.visibility() != Shape.Visibility.NOT_LABELLED) {
                            org.eclipse.swt.graphics.Point pa = toCanvas(a.x(), a.y()), pb = toCanvas(b.x(), b.y());
                            gc.drawLine(pa.x, pa.y, pb.x, pb.y);
                        }
                    }
                }
            }
            for (Shape.Keypoint q : k.points()) {
                if (q.visibility() != Shape.Visibility.NOT_LABELLED) {
                    org.eclipse.swt.graphics.Point c = toCanvas(q.x(), q.y());
                    if (q.visibility() == Shape.Visibility.VISIBLE) {
                        gc.setBackground(gc.getForeground());
                        gc.fillOval(c.x - 3, c.y - 3, 7, 7);
                    } else {
                        gc.drawOval(c.x - 3, c.y - 3, 7, 7);
                    }
                }
            }
        }
        }
    }
}
