package ai.fvgs.dataset.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Slider;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.ShapeTrack;

/**
 * The video tools under the annotation canvas for a video entry: Play/Pause (Space), a frame scrubber with the
 * frame counter, the keyframes of the tracks as marks above it (the selected track's in colour), and Set/Delete
 * Keyframe. Frames are decoded by {@link VideoFrames} off the display thread; playback runs at the video's frame
 * rate by the clock and skips the frames that could not be decoded in time instead of falling behind.
 */
public final class VideoStrip {

    private final Composite root;
    private final AnnotationCanvas canvas;
    private final Supplier<EntryWork> work;
    private final Consumer<String> message;
    private final Button play;
    private final Slider slider;
    private final Canvas marks;
    private final Label counter;
    private final Display display;

    private VideoFrames frames;
    private int media = -1, shown = -1, count;
    private double fps = 25;
    private boolean playing;
    private long playStartNanos;
    private int playStartFrame, decoded, asked, generation;

    /**
     * @param parent  the composite under the canvas
     * @param canvas  shows the frames
     * @param work    the open entry's work, or {@code null}
     * @param message shows a hint or a problem
     */
    public VideoStrip(Composite parent, AnnotationCanvas canvas, Supplier<EntryWork> work, Consumer<String> message) {
        this.canvas = canvas;
        this.work = work;
        this.message = message;
        display = parent.getDisplay();
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 2;
        root.setLayout(layout);
        root.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(root, SWT.NONE);
        marks = new Canvas(root, SWT.DOUBLE_BUFFERED);
        GridData md = new GridData(SWT.FILL, SWT.CENTER, true, false);
        md.heightHint = 12;
        marks.setLayoutData(md);
        new Label(root, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 3, 1));
        marks.addListener(SWT.Paint, e -> paintMarks(e.gc));
        marks.addListener(SWT.MouseDown, e -> seek(frameAtMark(e.x)));
        play = button("Play (Space)", this::toggle);
        slider = new Slider(root, SWT.HORIZONTAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.addListener(SWT.Selection, e -> {
            pause();
            seek(slider.getSelection());
        });
        counter = new Label(root, SWT.NONE);
        GridData cd = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        cd.widthHint = 150;
        counter.setLayoutData(cd);
        button("Set Keyframe (I)", this::setKeyframe);
        button("Delete Keyframe (Shift+I)", this::deleteKeyframe);
        canvas.onSpaceTap(() -> {
            if (frames != null) {
                toggle();
            }
        });
        canvas.control().addListener(SWT.MouseUp, e -> marks.redraw()); // a new track or keyframe shows at once
        root.addListener(SWT.Dispose, e -> release()); // stops playback and the decoding thread with the part
        show(false);
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(root, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> {
            action.run();
            canvas.control().setFocus();
        });
        return b;
    }

    /** @return the strip's control */
    public Composite control() {
        return root;
    }

    private void show(boolean visible) {
        root.setVisible(visible);
        ((GridData) root.getLayoutData()).exclude = !visible;
        root.getParent().layout(true, true);
    }

    /**
     * Opens a video entry's video: decodes frame 0 in the background and shows it.
     *
     * @param mediaIndex the video's position in the entry's media
     * @param file       the video file
     */
    public void open(int mediaIndex, Path file) {
        close();
        int mine = ++generation; // a video opened for an earlier entry must not show for this one
        media = mediaIndex;
        asked = 0;
        decoded = 0;
        counter.setText("Opening the video...");
        show(true);
        VideoFrames.open(file).whenComplete((opened, error) -> display.asyncExec(() -> {
            if (root.isDisposed() || generation != mine) {
                if (opened != null) {
                    opened.close();
                }
                return;
            }
            if (error != null) {
                counter.setText("No video");
                message.accept("The video cannot be read: " + DatasetErrors.unwrap(error).getMessage());
                DatasetErrors.show(root.getShell(), "Open Video", "The video of the entry cannot be read", error);
                return;
            }
            frames = opened;
            count = opened.info().frameCount();
            fps = opened.info().fps() > 0 ? opened.info().fps() : 25;
            slider.setValues(0, 0, count, 1, 1, Math.max(1, (int) Math.round(fps)));
            seek(0);
        }));
    }

    /** Stops playback, closes the video and hides the strip (the entry is not a video). */
    public void close() {
        release();
        pause();
        if (!root.isDisposed() && root.getVisible()) {
            show(false);
        }
    }

    private void release() {
        generation++;
        playing = false;
        if (frames != null) {
            frames.close();
            frames = null;
        }
        media = -1;
        shown = -1;
        count = 0;
    }

    /** @param frame the frame to show, clamped to the video */
    public void seek(int frame) {
        if (frames == null || count == 0) {
            return;
        }
        int f = Math.max(0, Math.min(count - 1, frame));
        VideoFrames mine = frames;
        asked++;
        mine.request(f, (index, data) -> display.asyncExec(() -> {
            if (frames == mine && !root.isDisposed()) {
                decoded++;
                shown = index;
                canvas.showFrame(media, index, data);
                if (slider.getSelection() != index) {
                    slider.setSelection(index);
                }
                counter.setText("Frame " + (index + 1) + " / " + count + String.format(java.util.Locale.ROOT, " (%.2f s)", index / fps));
                marks.redraw();
            }
        }), (index, error) -> display.asyncExec(() -> {
            pause();
            message.accept("Frame " + index + " cannot be decoded: " + DatasetErrors.unwrap(error).getMessage());
        }));
    }

    /** @param delta frames forward (negative: back) from the frame shown */
    public void step(int delta) {
        pause();
        seek(Math.max(0, shown) + delta);
    }

    /** Plays from the frame shown, or pauses. */
    public void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    private void play() {
        if (frames == null || playing) {
            return;
        }
        playing = true;
        playStartFrame = shown >= count - 1 ? 0 : Math.max(0, shown);
        playStartNanos = System.nanoTime();
        play.setText("Pause (Space)");
        display.timerExec(0, this::tick);
    }

    private void tick() {
        if (!playing || root.isDisposed() || frames == null) {
            return;
        }
        int target = playStartFrame + (int) Math.floor((System.nanoTime() - playStartNanos) / 1e9 * fps);
        if (target >= count) {
            seek(count - 1);
            pause();
            return;
        }
        if (target != shown) {
            seek(target); // the clock decides the frame: a frame still decoding is overtaken, not waited for
        }
        display.timerExec(Math.max(1, (int) (1000 / fps / 2)), this::tick);
    }

    /** Stops playback at the frame shown. */
    public void pause() {
        playing = false;
        if (!play.isDisposed()) {
            play.setText("Play (Space)");
        }
    }

    private void setKeyframe() {
        if (canvas.setKeyframe()) {
            message.accept("Keyframe set at frame " + (shown + 1));
        } else {
            message.accept("Select a track that is on this frame first (V, then click its shape)");
        }
        marks.redraw();
    }

    private void deleteKeyframe() {
        if (canvas.deleteKeyframe()) {
            message.accept("Keyframe at frame " + (shown + 1) + " deleted");
        } else {
            message.accept("The selected track has no keyframe at frame " + (shown + 1));
        }
        marks.redraw();
    }

    /** @return the frames of the selected track's keyframes, or of every track's when none is selected */
    public List<Integer> keyframes() {
        EntryWork w = work.get();
        TreeSet<Integer> out = new TreeSet<>();
        if (w == null) {
            return List.of();
        }
        List<Annotation> list = w.annotations();
        int sel = canvas.selected();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Annotation.Track t && t.media() == media && (sel < 0 || sel == i)) {
                t.track().keyframes().stream().map(ShapeTrack.Keyframe::frame).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Handles the video keys of the canvas: {@code ,} and {@code .} step a frame, {@code <} and {@code >} ten,
     * {@code [} and {@code ]} jump to the previous and next keyframe, {@code I} sets and Shift+I deletes a keyframe.
     *
     * @param e a key event
     * @return whether it was a video key
     */
    public boolean key(Event e) {
        if (frames == null || (e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
            return false;
        }
        switch (e.character) {
        case ',' -> step(-1);
        case '.' -> step(1);
        case '<' -> step(-10);
        case '>' -> step(10);
        case '[' -> keyframes().stream().filter(f -> f < shown).reduce((a, b) -> b).ifPresent(this::seekPaused);
        case ']' -> keyframes().stream().filter(f -> f > shown).findFirst().ifPresent(this::seekPaused);
        case 'i' -> setKeyframe();
        case 'I' -> deleteKeyframe();
        default -> {
            return false;
        }
        }
        return true;
    }

    private void seekPaused(int frame) {
        pause();
        seek(frame);
    }

    private int frameAtMark(int x) {
        Rectangle r = marks.getClientArea();
        return count <= 1 ? 0 : (int) Math.round((x - 8.0) / Math.max(1, r.width - 16) * (count - 1));
    }

    private void paintMarks(GC gc) {
        Rectangle r = marks.getClientArea();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(r);
        if (count <= 1) {
            return;
        }
        java.util.function.IntUnaryOperator xOf = f -> 8 + (int) Math.round(f * (r.width - 16.0) / (count - 1));
        gc.setBackground(display.getSystemColor(canvas.selected() >= 0 ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GRAY));
        for (int f : keyframes()) {
            int x = xOf.applyAsInt(f);
            gc.fillPolygon(new int[] { x, 1, x + 5, r.height / 2, x, r.height - 1, x - 5, r.height / 2 });
        }
        if (shown >= 0) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            int x = xOf.applyAsInt(shown);
            gc.drawLine(x, 0, x, r.height);
        }
    }

    // for the part and the tests

    /** @return the frame shown, or -1 */
    public int shownFrame() {
        return shown;
    }

    /** @return the video's frame count, 0 while none is open */
    public int frameCount() {
        return count;
    }

    /** @return whether the video is playing */
    public boolean playing() {
        return playing;
    }

    /** @return whether a video is open */
    public boolean isOpen() {
        return frames != null;
    }

    /** @return the scrubber */
    public Slider slider() {
        return slider;
    }

    /** @return frames asked for and frames shown since the video was opened: playback skips the difference */
    public int[] askedAndShown() {
        return new int[] { asked, decoded };
    }
}
