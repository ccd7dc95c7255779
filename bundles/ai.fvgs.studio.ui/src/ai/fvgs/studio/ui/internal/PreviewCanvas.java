package ai.fvgs.studio.ui.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.studio.PreviewRenderer;

/**
 * The live preview: a canvas that shows the model of a scene, re-rendered by a {@link PreviewRenderer} on its
 * worker thread whenever the scene or the view changes, and painted on the display thread. Drag to orbit,
 * scroll the wheel to zoom, double-click to look from the front again. Frames larger than
 * {@link #MAX_RENDER_PIXELS} are rendered smaller and scaled up, so a big window does not slow the preview.
 */
public final class PreviewCanvas {

    /** The most pixels rendered per preview frame (about 420 x 560). */
    static final int MAX_RENDER_PIXELS = 420 * 560;

    private final Canvas canvas;
    private final UISynchronize sync;
    private final PreviewRenderer renderer;
    private final Consumer<String> status;
    private Scene scene;
    private PreviewRenderer.View view = PreviewRenderer.View.FRONT;
    private Image image;
    private PreviewRenderer.Frame shown;
    private long deliveredNanos;
    private long paintedFrames;
    private long paintedRequest;
    private long lastLatencyNanos;
    private Point dragStart;
    private PreviewRenderer.View dragView;

    /**
     * A preview of the undressed model (the Model Builder's).
     *
     * @param parent where the canvas goes
     * @param sync   runs painting on the display thread
     * @param status receives a one-line status (latency, or why the model cannot be shown), on the display thread
     */
    public PreviewCanvas(Composite parent, UISynchronize sync, Consumer<String> status) {
        this(parent, sync, null, status);
    }

    /**
     * A preview that shows the model dressed in the scene's outfit.
     *
     * @param parent where the canvas goes
     * @param sync   runs painting on the display thread
     * @param styles finds an installed garment style by id (called on the preview's worker thread); null shows
     *               the model undressed
     * @param status receives a one-line status (latency, or why the model cannot be shown), on the display thread
     */
    public PreviewCanvas(Composite parent, UISynchronize sync,
            java.util.function.Function<String, java.util.Optional<ai.fvgs.sdk.garment.GarmentStyle>> styles, Consumer<String> status) {
        this.sync = sync;
        this.status = status;
        this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.renderer = new PreviewRenderer(Math.max(1, Runtime.getRuntime().availableProcessors()), styles, new PreviewRenderer.Listener() {
            @Override
            public void rendered(PreviewRenderer.Frame frame) {
                ImageData data = imageData(frame.image());
                long delivered = System.nanoTime();
                sync.asyncExec(() -> show(frame, data, delivered));
            }

            @Override
            public void failed(long request, RuntimeException error) {
                org.eclipse.core.runtime.ILog.of(PreviewCanvas.class).warn("The preview of the model failed: " + error.getMessage(), error);
                sync.asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        status.accept("The model cannot be shown: " + error.getMessage());
                    }
                });
            }
        });
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> refresh());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, e -> dragStart = null);
        canvas.addListener(SWT.MouseVerticalWheel, e -> setView(view.zoomed(Math.pow(1.1, e.count / 3.0))));
        canvas.addListener(SWT.MouseDoubleClick, e -> setView(PreviewRenderer.View.FRONT));
        canvas.addDisposeListener(e -> {
            renderer.close();
            if (image != null) {
                image.dispose();
            }
        });
    }

    /** @return the canvas */
    public Canvas control() {
        return canvas;
    }

    /** @param next the scene to show; re-renders */
    public void setScene(Scene next) {
        scene = next;
        refresh();
    }

    /** @param next where to look from; re-renders */
    public void setView(PreviewRenderer.View next) {
        view = next;
        refresh();
    }

    /** @return where the preview looks from */
    public PreviewRenderer.View view() {
        return view;
    }

    /** @return the frame painted last, or null */
    public PreviewRenderer.Frame shownFrame() {
        return shown;
    }

    /** @return how many frames have been painted */
    public long paintedFrames() {
        return paintedFrames;
    }

    /** @return the request whose frame was painted last, 0 before the first */
    public long paintedRequest() {
        return paintedRequest;
    }

    /** @return from the request to the frame painted last, nanoseconds */
    public long lastLatencyNanos() {
        return lastLatencyNanos;
    }

    /** @return the newest request made, 0 before the first */
    public long newestRequest() {
        return renderer.newestRequest();
    }

    /** Renders the scene again, e.g. after a garment style it shows was installed, updated or removed. */
    public void refresh() {
        if (scene == null || canvas.isDisposed()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        if (area.width < 16 || area.height < 16) {
            return;
        }
        double scale = Math.min(1, Math.sqrt(MAX_RENDER_PIXELS / (double) (area.width * area.height)));
        int w = Math.max(16, (int) (area.width * scale));
        int h = Math.max(16, (int) (area.height * scale));
        renderer.request(scene, view, w, h);
    }

    private void show(PreviewRenderer.Frame frame, ImageData data, long delivered) {
        if (canvas.isDisposed() || frame.request() < renderer.newestRequest()) {
            return;
        }
        if (image != null) {
            image.dispose();
        }
        image = new Image(canvas.getDisplay(), data);
        shown = frame;
        deliveredNanos = delivered;
        canvas.redraw();
        canvas.update();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (image == null) {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(area);
            return;
        }
        Rectangle src = image.getBounds();
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, src.width, src.height, 0, 0, area.width, area.height);
        if (deliveredNanos != 0) {
            lastLatencyNanos = shown.nanos() + (System.nanoTime() - deliveredNanos);
            deliveredNanos = 0;
            paintedFrames++;
            paintedRequest = shown.request();
            status.accept(String.format(Locale.ROOT, "Preview %dx%d in %.0f ms%s. Drag to orbit, scroll to zoom, double-click for the front view.",
                    src.width, src.height, lastLatencyNanos / 1e6, shown.rebuilt() ? " (model rebuilt)" : ""));
        }
    }

    private void mouseDown(Event e) {
        if (e.button == 1) {
            dragStart = new Point(e.x, e.y);
            dragView = view;
        }
    }

    private void mouseMove(Event e) {
        if (dragStart != null && (e.stateMask & SWT.BUTTON1) != 0) {
            setView(dragView.orbit(-(e.x - dragStart.x) * 0.5, (e.y - dragStart.y) * 0.3));
        }
    }

    /** Converts on the worker thread, so the display thread only makes the image. */
    static ImageData imageData(RgbaImage rgba) {
        ImageData data = new ImageData(rgba.width(), rgba.height(), 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        int[] px = rgba.pixels();
        byte[] bytes = data.data;
        int stride = data.bytesPerLine;
        for (int y = 0; y < rgba.height(); y++) {
            int row = y * stride;
            for (int x = 0; x < rgba.width(); x++) {
                int p = px[y * rgba.width() + x];
                int o = row + 4 * x;
                bytes[o] = (byte) (p >>> 24);
                bytes[o + 1] = (byte) (p >> 16);
                bytes[o + 2] = (byte) (p >> 8);
                bytes[o + 3] = (byte) p;
            }
        }
        return data;
    }
}
