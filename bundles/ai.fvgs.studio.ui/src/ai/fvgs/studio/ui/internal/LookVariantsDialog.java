package ai.fvgs.studio.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.studio.LookVariants;
import ai.fvgs.studio.PreviewRenderer;
import ai.fvgs.studio.SceneDocument;

/**
 * Look variants of the document's scene: choose skin tones, sizes (with a body shape) and hair styles, then
 * Render draws a grid of thumbnails of the same outfit on every combination, in a {@link Job} (cancellable in
 * the Progress view; a new Render cancels the previous one). Double-click a thumbnail to open that variant as a
 * new untitled scene (after asking about unsaved changes).
 */
public final class LookVariantsDialog extends Dialog {

    /** Thumbnail size in pixels. */
    static final int THUMB_W = 120, THUMB_H = 180;

    private static final int RENDER_ID = IDialogConstants.CLIENT_ID + 1;

    private final SceneDocument doc;
    private final Function<String, Optional<GarmentStyle>> styles;
    private final DocumentActions actions;
    private final List<Button> skinButtons = new ArrayList<>();
    private final List<Button> sizeButtons = new ArrayList<>();
    private final List<Button> hairButtons = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<LookVariants.Thumbnail> thumbnails = new ArrayList<>();
    private ComboViewer shape;
    private ScrolledComposite scroll;
    private Composite grid;
    private Label status;
    private PreviewRenderer renderer;
    private Job job;
    private int generation;

    /**
     * @param parent  the parent shell
     * @param doc     the document whose scene is varied, and where an opened variant goes
     * @param styles  finds installed garment styles
     * @param actions asks about unsaved changes before a variant replaces the scene
     */
    public LookVariantsDialog(Shell parent, SceneDocument doc, Function<String, Optional<GarmentStyle>> styles, DocumentActions actions) {
        super(parent);
        this.doc = doc;
        this.styles = styles;
        this.actions = actions;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Look Variants of " + doc.scene().avatar().name());
        shell.addDisposeListener(e -> {
            if (job != null) {
                // the job hands thumbnails over with asyncExec only, so waiting here for the thumbnail in progress
                // cannot deadlock; then the renderer is no longer in use
                job.cancel();
                try {
                    job.join(10_000, null);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            images.forEach(Image::dispose);
            if (renderer != null) {
                renderer.close();
            }
        });
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(1100, 780);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(area);
        Composite choices = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(choices);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(choices);

        Group skins = FormControls.group(choices, "Skin tones", 2);
        for (int step = 1; step <= 10; step++) {
            skinButtons.add(check(skins, "Monk " + step, SkinTone.monk(step), step == 2 || step == 5 || step == 9));
        }
        Group sizes = FormControls.group(choices, "Sizes", 2);
        for (SizeClass s : SizeClass.values()) {
            sizeButtons.add(check(sizes, s.label(), s, s == SizeClass.S || s == SizeClass.XL));
        }
        new Label(sizes, SWT.NONE).setText("Shape:");
        shape = new ComboViewer(sizes, SWT.READ_ONLY);
        shape.setContentProvider(ArrayContentProvider.getInstance());
        shape.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((BodyShape) element).id();
            }
        });
        shape.setInput(BodyShape.values());
        shape.setSelection(new StructuredSelection(BodyShape.HOURGLASS));
        Group hairs = FormControls.group(choices, "Hair styles", 1);
        HairStyle current = doc.scene().avatar().hair().style();
        for (HairStyle h : HairStyle.values()) {
            hairButtons.add(check(hairs, h.id(), h, h == current));
        }

        Composite right = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        scroll = new ScrolledComposite(right, SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        grid = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).equalWidth(true).applyTo(grid);
        scroll.setContent(grid);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        status = new Label(right, SWT.NONE);
        status.setText("Choose skin tones, sizes and hair styles, then Render. Double-click a thumbnail to open it as a new scene.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        renderer = new PreviewRenderer(Math.max(1, Runtime.getRuntime().availableProcessors()), styles, new PreviewRenderer.Listener() {
            @Override
            public void rendered(PreviewRenderer.Frame frame) {
            }

            @Override
            public void failed(long request, RuntimeException error) {
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RENDER_ID, "&Render", true);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RENDER_ID) {
            try {
                render(chosen(skinButtons, SkinTone.class), chosen(sizeButtons, SizeClass.class),
                        (BodyShape) shape.getStructuredSelection().getFirstElement(), chosen(hairButtons, HairStyle.class));
            } catch (IllegalArgumentException e) {
                StudioErrors.show(getShell(), "Look Variants", "The look variants cannot be made.", e);
            }
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /**
     * Replaces the grid by the variants' thumbnails, rendered by a Job; cancels a render still running.
     *
     * @param skins skin tones
     * @param sizes size classes
     * @param bodyShape body shape of the sizes
     * @param hairs hair styles
     * @return the scheduled job
     * @throws IllegalArgumentException if a choice is empty or there are too many variants
     */
    public Job render(List<SkinTone> skins, List<SizeClass> sizes, BodyShape bodyShape, List<HairStyle> hairs) {
        List<LookVariants.Variant> variants = LookVariants.of(doc.scene(), skins, sizes, bodyShape, hairs);
        show(skinButtons, skins);
        show(sizeButtons, sizes);
        show(hairButtons, hairs);
        shape.setSelection(new StructuredSelection(bodyShape));
        if (job != null) {
            job.cancel();
        }
        for (Control c : grid.getChildren()) {
            c.dispose();
        }
        images.forEach(Image::dispose);
        images.clear();
        thumbnails.clear();
        status.setText("Rendering " + variants.size() + " variants...");
        org.eclipse.swt.widgets.Display display = getShell().getDisplay();
        int gen = ++generation;
        Job next = Job.create("Rendering look variants", monitor -> {
            int done = LookVariants.render(variants, renderer, PreviewRenderer.View.FRONT, THUMB_W, THUMB_H, monitor, t -> {
                ImageData data = t.image() == null ? null : PreviewCanvas.imageData(t.image());
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (gen == generation) {
                            add(t, data);
                        }
                    });
                }
            });
            return done < variants.size() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        next.setUser(false);
        job = next;
        next.schedule();
        return next;
    }

    private void add(LookVariants.Thumbnail t, ImageData data) {
        if (grid.isDisposed()) {
            return;
        }
        Composite cell = new Composite(grid, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(cell);
        Label picture = new Label(cell, SWT.BORDER | SWT.CENTER);
        GridDataFactory.fillDefaults().hint(THUMB_W, THUMB_H).applyTo(picture);
        if (data != null) {
            Image image = new Image(getShell().getDisplay(), data);
            images.add(image);
            picture.setImage(image);
            picture.setToolTipText("Double-click to open " + t.variant().label() + " as a new scene");
            picture.addListener(SWT.MouseDoubleClick, e -> open(t.index()));
        } else {
            picture.setText("cannot be shown");
            picture.setToolTipText(t.error() == null ? "" : t.error().getMessage());
        }
        Label caption = new Label(cell, SWT.CENTER);
        caption.setText(t.variant().label());
        GridDataFactory.fillDefaults().applyTo(caption);
        thumbnails.add(t);
        grid.layout(true, true);
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        status.setText(thumbnails.size() + " variants rendered. Double-click a thumbnail to open it as a new scene.");
    }

    /**
     * Opens a rendered variant as a new untitled scene, after asking about unsaved changes, and closes the dialog.
     *
     * @param index the variant's position in the last render
     * @return whether it was opened
     */
    public boolean open(int index) {
        LookVariants.Thumbnail t = thumbnails.stream().filter(x -> x.index() == index).findFirst().orElse(null);
        if (t == null || !actions.confirmDiscard(getShell(), doc)) {
            return false;
        }
        doc.newScene(t.variant().scene());
        close();
        return true;
    }

    /** @return the thumbnails in the grid so far (display thread) */
    public List<LookVariants.Thumbnail> thumbnails() {
        return List.copyOf(thumbnails);
    }

    private static void show(List<Button> buttons, List<?> chosen) {
        for (Button b : buttons) {
            b.setSelection(chosen.contains(b.getData()));
        }
    }

    private static <T> List<T> chosen(List<Button> buttons, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Button b : buttons) {
            if (b.getSelection()) {
                out.add(type.cast(b.getData()));
            }
        }
        return out;
    }

    private static Button check(Composite parent, String text, Object value, boolean selected) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setData(value);
        b.setSelection(selected);
        return b;
    }
}
