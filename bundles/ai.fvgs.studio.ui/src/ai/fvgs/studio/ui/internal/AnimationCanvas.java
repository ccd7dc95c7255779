package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.scene.Scene;
import ai.fvgs.studio.AnimationPreview;

/**
 * The Scene part's preview of the animation: a canvas showing one frame of the scene's video at low resolution
 * (rendered by an {@link AnimationPreview} on its worker thread through the production pipeline), a scrubber over
 * the video's frames, Play/Pause, and the time of the frame shown. Playing asks for the next frame when the last
 * one has been painted, at most at the video's frame rate, so it never falls behind. While the canvas is hidden
 * (another part of the stack on top) it asks for nothing, so editing in the Model Builder does not prepare the
 * scene again and again; it asks when it is painted again.
 */
public final class AnimationCanvas {

    private final Composite root;
    private final Canvas canvas;
    private final Scale scrubber;
    private final Button play;
    private final Label time;
    private final Consumer<String> status;
    private final AnimationPreview preview;
    private Scene scene;
    private Path base;
    private int frame;
    private int frames = 1;
    private boolean playing;
    private Image image;
    private AnimationPreview.Frame shown;
    private long paintedRequest;
    private long paintedFrames;
    /** A frame is wanted that was not asked for because the canvas was hidden (another part on top). */
    private boolean wanted;

    /**
     * @param parent where the preview goes
     * @param sync   runs painting on the display thread
     * @param lookup the installed garment styles and backgrounds
     * @param status receives a one-line status (latency, or why the scene cannot be shown), on the display thread
     */
    public AnimationCanvas(Composite parent, UISynchronize sync, ExtensionLookup lookup, Consumer<String> status) {
        this.status = status;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(root);
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(360, 220).applyTo(canvas);
        play = new Button(root, SWT.PUSH);
        play.setText("&Play");
        play.setToolTipText("Play the animation from the frame shown, or pause it");
        play.addListener(SWT.Selection, e -> setPlaying(!playing));
        scrubber = new Scale(root, SWT.HORIZONTAL);
        scrubber.setToolTipText("Scrub through the video");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scrubber);
        scrubber.addListener(SWT.Selection, e -> {
            if (scrubber.getSelection() != frame) {
                setFrame(scrubber.getSelection());
            }
        });
        time = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(time);
        preview = new AnimationPreview(Math.max(1, Runtime.getRuntime().availableProcessors()), lookup, new AnimationPreview.Listener() {
            @Override
            public void rendered(AnimationPreview.Frame f) {
                ImageData data = PreviewCanvas.imageData(f.image());
                sync.asyncExec(() -> show(f, data));
            }

            @Override
            public void failed(long request, Exception error) {
                ILog.of(AnimationCanvas.class).warn("The preview of the scene failed: " + error.getMessage(), error);
                sync.asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        paintedRequest = request;
                        status.accept("The scene cannot be previewed: " + error.getMessage());
                    }
                });
            }
        });
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> {
            playing = false;
            preview.close();
            if (image != null) {
                image.dispose();
            }
        });
    }

    /** @return the composite holding the canvas and the scrubber */
    public Composite control() {
        return root;
    }

    /**
     * @param next          the scene to show
     * @param baseDirectory the scene file's folder, or null for an untitled scene
     */
    public void setScene(Scene next, Path baseDirectory) {
        scene = next;
        base = baseDirectory;
        frames = Math.max(1, next.output().frames());
        scrubber.setMaximum(Math.max(1, frames - 1));
        scrubber.setPageIncrement(Math.max(1, next.output().fps()));
        frame = Math.min(frame, frames - 1);
        request();
    }

    /** @param index the frame to show, clamped to the video; moves the scrubber */
    public void setFrame(int index) {
        frame = Math.max(0, Math.min(frames - 1, index));
        request();
    }

    /** @param on whether to play the animation from the frame shown */
    public void setPlaying(boolean on) {
        if (playing == on || canvas.isDisposed()) {
            return;
        }
        playing = on;
        play.setText(on ? "&Pause" : "&Play");
        if (on) {
            tick();
        }
    }

    /** Prepares the scene again and re-renders, e.g. after an extension it shows was installed, updated or removed. */
    public void refresh() {
        preview.invalidate();
        request();
    }

    private void tick() {
        if (!playing || canvas.isDisposed() || scene == null) {
            return;
        }
        if (!canvas.isVisible()) {
            setPlaying(false);
            return;
        }
        if (paintedRequest >= preview.newestRequest()) {
            setFrame(frame + 1 < frames ? frame + 1 : 0);
        }
        canvas.getDisplay().timerExec(Math.max(1, 1000 / scene.output().fps()), this::tick);
    }

    private void request() {
        if (scene == null || canvas.isDisposed()) {
            return;
        }
        if (scrubber.getSelection() != frame) {
            scrubber.setSelection(frame);
        }
        time.setText(String.format(Locale.ROOT, "%.2f s of %.2f s (frame %d of %d)", frame / (double) scene.output().fps(),
                scene.output().duration(), frame + 1, frames));
        // a hidden part (the Model Builder on top) does not prepare the scene on every edit; it asks when shown again
        wanted = !canvas.isVisible();
        if (!wanted) {
            preview.request(scene, base, frame, AnimationPreview.DEFAULT_SHORT_SIDE);
        }
    }

    private void show(AnimationPreview.Frame f, ImageData data) {
        if (canvas.isDisposed() || f.request() < preview.newestRequest()) {
            return;
        }
        if (image != null) {
            image.dispose();
        }
        image = new Image(canvas.getDisplay(), data);
        shown = f;
        paintedRequest = f.request();
        paintedFrames++;
        canvas.redraw();
        canvas.update();
        status.accept(String.format(Locale.ROOT, "Preview %dx%d, frame %d in %.0f ms%s.", f.image().width(), f.image().height(), f.frame() + 1,
                f.nanos() / 1e6, f.prepared() ? " (scene prepared)" : ""));
    }

    private void paint(GC gc) {
        if (wanted) {
            wanted = false;
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    request();
                }
            });
        }
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.fillRectangle(area);
        if (image == null) {
            return;
        }
        Rectangle src = image.getBounds();
        double scale = Math.min(area.width / (double) src.width, area.height / (double) src.height);
        int w = (int) (src.width * scale), h = (int) (src.height * scale);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, src.width, src.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    // for tests

    /** @return the canvas */
    public Canvas canvas() {
        return canvas;
    }

    /** @return the scrubber */
    public Scale scrubber() {
        return scrubber;
    }

    /** @return the Play/Pause button */
    public Button playButton() {
        return play;
    }

    /** @return the frame painted last, or null */
    public AnimationPreview.Frame shownFrame() {
        return shown;
    }

    /** @return the request whose frame (or failure) was shown last */
    public long paintedRequest() {
        return paintedRequest;
    }

    /** @return how many frames have been painted */
    public long paintedFrames() {
        return paintedFrames;
    }

    /** @return the newest request made */
    public long newestRequest() {
        return preview.newestRequest();
    }

    /** @return the next frames of the preview's cursors into the scene's frames (see {@link AnimationPreview}) */
    public java.util.List<Integer> cursorPositions() {
        return preview.cursorPositions();
    }

    /** @return the frame asked for last */
    public int frame() {
        return frame;
    }

    /** @return whether it plays */
    public boolean isPlaying() {
        return playing;
    }
}
