package ai.fvgs.studio.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import ai.fvgs.video.VideoInfo;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The Studio's video player: plays a rendered MP4 in the workbench, with Play/Pause, a slider to scrub, the frame
 * number and the time. A {@link FramePump} decodes on its own thread at the video's frame rate, dropping late
 * frames; the display thread only paints the newest decoded frame, scaled to fit with its aspect ratio kept.
 */
public final class VideoPlayerPart {

    /** The part's element id in the application model. */
    public static final String ID = "ai.fvgs.studio.ui.part.player";

    private record Frame(int index, ImageData data) {
    }

    private final AtomicReference<Frame> pending = new AtomicReference<>();
    private Display display;
    private Label title;
    private Canvas canvas;
    private Button play;
    private Scale slider;
    private Label position;
    private FramePump pump;
    private VideoInfo info;
    private Image image;
    private int shown = -1;
    private Path video;

    /**
     * Shows the player part of the window's Studio perspective and plays a video in it from the start.
     *
     * @param parts the window's part service
     * @param video the video file
     */
    public static void show(EPartService parts, Path video) {
        MPart part = parts.showPart(ID, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof VideoPlayerPart player) {
            player.open(video);
        }
    }

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(parent);
        title = new Label(parent, SWT.NONE);
        title.setText("No video. Render the scene (Ctrl+R) or choose Play in the Renders part.");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(title);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> paint(e.gc));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(320, 180).applyTo(canvas);
        play = new Button(parent, SWT.PUSH);
        play.setText("&Play");
        play.setEnabled(false);
        play.addListener(SWT.Selection, e -> togglePlay());
        slider = new Scale(parent, SWT.HORIZONTAL);
        slider.setEnabled(false);
        slider.addListener(SWT.Selection, e -> seek(slider.getSelection()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(slider);
        position = new Label(parent, SWT.NONE);
        position.setText(label(0, 0, 1));
        GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(position);
        parent.addDisposeListener(e -> dispose());
    }

    @Focus
    void focus() {
        (play.isEnabled() ? play : canvas).setFocus();
    }

    /**
     * Opens a video and shows its first frame (paused); the file is read on the player's thread.
     *
     * @param file an MP4 or WebM file
     */
    public void open(Path file) {
        closeVideo();
        video = file;
        info = null;
        shown = -1;
        title.setText(file.getFileName() + ": opening...");
        play.setEnabled(false);
        slider.setEnabled(false);
        pump = new FramePump(file, new Sink(file));
    }

    /** Starts or pauses playback. */
    public void togglePlay() {
        if (pump == null) {
            return;
        }
        if (pump.isPlaying()) {
            pump.pause();
            play.setText("&Play");
        } else {
            pump.play();
            play.setText("&Pause");
        }
    }

    /** @param frame the frame to show, 0-based */
    public void seek(int frame) {
        if (pump != null) {
            pump.seek(frame);
        }
    }

    /** @return the index of the frame painted now, -1 before the first */
    public int shownFrame() {
        return shown;
    }

    /** @return the video's properties, once opened */
    public VideoInfo info() {
        return info;
    }

    /** @return the video shown, or null */
    public Path video() {
        return video;
    }

    /** @return where on the canvas the frame is painted */
    public Rectangle frameBounds() {
        Rectangle area = canvas.getClientArea();
        if (info == null || area.width <= 0 || area.height <= 0) {
            return new Rectangle(0, 0, 0, 0);
        }
        double scale = Math.min(area.width / (double) info.width(), area.height / (double) info.height());
        int w = (int) Math.round(info.width() * scale), h = (int) Math.round(info.height() * scale);
        return new Rectangle((area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    /** @return the canvas the frames are painted on */
    public Canvas canvas() {
        return canvas;
    }

    /** @return the scrub slider */
    public Scale slider() {
        return slider;
    }

    /** @return the Play/Pause button */
    public Button playButton() {
        return play;
    }

    /** @return the frame and time label */
    public Label positionLabel() {
        return position;
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        if (image != null && !image.isDisposed()) {
            Rectangle to = frameBounds();
            Rectangle from = image.getBounds();
            gc.drawImage(image, 0, 0, from.width, from.height, to.x, to.y, to.width, to.height);
        }
    }

    /** Paints the newest decoded frame; older ones not yet painted are dropped. */
    private void showPending() {
        Frame frame = pending.getAndSet(null);
        if (frame == null || canvas.isDisposed() || info == null) {
            return;
        }
        if (image != null) {
            image.dispose();
        }
        image = new Image(display, frame.data());
        shown = frame.index();
        if (pump != null && pump.isPlaying() || shown == info.frameCount() - 1) {
            slider.setSelection(shown); // while paused the slider stays where the user put it
        }
        position.setText(label(shown, info.frameCount(), info.fps()));
        canvas.redraw();
    }

    static String label(int frame, int frames, double fps) {
        return String.format(Locale.ROOT, "Frame %d / %d   %.2f s / %.2f s", frames == 0 ? 0 : frame + 1, frames, frame / fps, frames / fps);
    }

    private void closeVideo() {
        if (pump != null) {
            pump.close();
            pump = null;
        }
        pending.set(null);
        if (play != null && !play.isDisposed()) {
            play.setText("&Play");
        }
    }

    @PreDestroy
    void dispose() {
        closeVideo();
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    /** Hands the pump's results to the display thread; ignores a pump that was replaced meanwhile. */
    private final class Sink implements FramePump.Sink {
        private final Path file;

        Sink(Path file) {
            this.file = file;
        }

        private void later(Runnable r) {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (file.equals(video) && !canvas.isDisposed()) {
                        r.run();
                    }
                });
            }
        }

        @Override
        public void opened(VideoInfo opened) {
            later(() -> {
                info = opened;
                title.setText(String.format(Locale.ROOT, "%s: %d x %d, %.0f fps, %d frames", file.getFileName(), opened.width(), opened.height(),
                        opened.fps(), opened.frameCount()));
                slider.setMinimum(0);
                slider.setMaximum(Math.max(1, opened.frameCount() - 1));
                slider.setSelection(0);
                slider.setPageIncrement(Math.max(1, (int) Math.round(opened.fps())));
                slider.setEnabled(true);
                play.setEnabled(true);
                position.setText(label(0, opened.frameCount(), opened.fps()));
            });
        }

        @Override
        public void frame(int index, ImageData frame) {
            if (pending.getAndSet(new Frame(index, frame)) == null) {
                later(VideoPlayerPart.this::showPending);
            }
        }

        @Override
        public void ended() {
            later(() -> play.setText("&Play"));
        }

        @Override
        public void failed(Exception error) {
            later(() -> {
                title.setText(file.getFileName() + ": cannot be played");
                StudioErrors.show(canvas.getShell(), "Video Player", "The video " + file + " cannot be played.", error);
            });
        }
    }
}
