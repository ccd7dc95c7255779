package ai.fvgs.dataset.ui.tests;

import static ai.fvgs.dataset.ui.tests.CanvasMouse.drag;
import static ai.fvgs.dataset.ui.tests.CanvasMouse.mouse;
import static ai.fvgs.dataset.ui.tests.DatasetTestbed.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.AnnotationSet;
import ai.fvgs.dataset.ConflictException;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ui.internal.AnnotationCanvas;
import ai.fvgs.dataset.ui.internal.DatasetConnection;
import ai.fvgs.dataset.ui.internal.EntryBrowserPart;
import ai.fvgs.dataset.ui.internal.LabellingPart;
import ai.fvgs.sdk.Progress;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * The labeller's day in a real SWT window over a real H2 file database: generated images are imported, a labeller
 * takes the next entry, draws a box with the mouse, picks a category and an attribute by typing, writes a caption
 * and submits; the stored annotation set and the status are checked. Also: undo and delete on the canvas, the
 * message for a user who may not label, and the latency of opening the next entry (printed; see
 * docs/performance.md). Screenshots go to target/screenshots.
 */
class LabellingUITest {

    @TempDir
    Path dir;

    private DatasetTestbed bed;
    private Shell shell;
    private SwtDriver driver;
    private DatasetStore store;
    private DatasetConnection connection;
    private EntryBrowserPart browser;
    private LabellingPart labelling;

    private void open(int images, int width, int height) throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < images; i++) {
            png(in.resolve(String.format("look-%03d.png", i)), width, height, i);
        }
        bed = new DatasetTestbed(dir);
        store = bed.store();
        ImportReport report = store.importer().run(in, ImportOptions.defaults("importer"), Progress.NONE);
        assertEquals(images, report.entriesCreated(), report.toString());
        store.addUser("lena", Role.LABELLER, "setup");
        store.addUser("boss", Role.ADMIN, "setup");
        store.addUser("rita", Role.REVIEWER, "setup");
        connection = bed.connect("lena");

        shell = bed.window(1400, 860);
        driver = bed.driver();
        SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new FillLayout());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new FillLayout());
        sash.setWeights(35, 65);
        labelling = new LabellingPart(connection);
        browser = new EntryBrowserPart(connection);
        browser.createControls(left, (listing, row) -> labelling.openFrom(listing, row));
        labelling.createControls(right);
        shell.open();
        driver.waitUntil("the vocabulary", () -> labelling.categories().getItemCount() > 0, TIMEOUT);
    }

    @AfterEach
    void close() {
        if (bed != null) {
            bed.close();
        }
    }

    /** A noisy picture with a coloured block, different for every seed (no near duplicates). */
    private static void png(Path file, int width, int height, int seed) throws Exception {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int bx = r.nextInt(width / 2), by = r.nextInt(height / 2);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = (x * 255 / width + r.nextInt(40)) & 0xff;
                boolean block = x >= bx && x < bx + width / 3 && y >= by && y < by + height / 3;
                img.setRGB(x, y, block ? 0xc02030 ^ (r.nextInt(16) << 8) : v << 16 | ((y * 255 / height) & 0xff) << 8 | (seed * 37 & 0xff));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }

    private void key(Control c, char character, int keyCode) {
        Event e = new Event();
        e.character = character;
        e.keyCode = keyCode;
        c.notifyListeners(SWT.KeyDown, e);
    }

    private void takeNextEntry() {
        labelling.next();
        driver.waitUntil("an entry to open", () -> labelling.work() != null && !labelling.busy(), TIMEOUT);
        driver.waitUntil("the canvas to fit the image", () -> labelling.canvas().scale() != 1 || labelling.canvas().control().getSize().x > 0, TIMEOUT);
    }

    @Test
    void aLabellerDrawsABoxPicksACategoryAndAnAttributeAndSubmits() throws Exception {
        open(4, 320, 240);
        driver.waitUntil("the browser to show the empty queue", () -> browser.summaryText().contains("0 entries in the queue of lena"), TIMEOUT);

        takeNextEntry();
        DatasetEntry taken = labelling.work().entry();
        assertEquals(EntryStatus.IN_PROGRESS, taken.status());
        assertEquals("lena", taken.assignee());

        // category by typing: the list narrows as you type, Enter picks
        labelling.categoryFilter().setText("dress fashionpedia");
        assertEquals(1, labelling.categories().getItemCount(), "one category matches: " + labelling.categories().getItem(0).getText());
        labelling.categoryFilter().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("dress", labelling.category().name());
        assertEquals("fashionpedia", labelling.category().taxonomy());

        // a box drawn with the mouse
        AnnotationCanvas canvas = labelling.canvas();
        key(canvas.control(), 'b', 'b');
        assertEquals(AnnotationCanvas.Tool.BOX, canvas.tool());
        drag(canvas, 40, 30, 200, 150);
        assertEquals(1, labelling.work().annotations().size());
        Annotation.Region region = assertInstanceOf(Annotation.Region.class, labelling.work().annotations().get(0));
        Shape.Box box = assertInstanceOf(Shape.Box.class, region.shape());
        double tolerance = 1.5 / canvas.scale() + 0.01;
        assertEquals(40, box.x(), tolerance);
        assertEquals(30, box.y(), tolerance);
        assertEquals(160, box.width(), tolerance);
        assertEquals(120, box.height(), tolerance);

        // an attribute from the taxonomy's label groups, by typing
        labelling.attributeFilter().setText("skin-tone mst-3");
        assertEquals(1, labelling.attributes().getItemCount(), "one value matches");
        labelling.attributeFilter().notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(labelling.attributes().getItem(0).getChecked(), "the value is ticked");
        labelling.attributeFilter().setText("skin-tone mst-4");
        labelling.attributeFilter().notifyListeners(SWT.DefaultSelection, new Event());
        labelling.attributeFilter().setText("skin-tone");
        long ticked = java.util.Arrays.stream(labelling.attributes().getItems()).filter(i -> i.getChecked()).count();
        assertEquals(1, ticked, "one value per group: mst-4 replaced mst-3");

        labelling.caption().setText("A red dress on a plain background");
        driver.screenshot(shell, "labelling-canvas");

        labelling.submit();
        driver.waitUntil("the entry to be submitted", () -> {
            try {
                return store.entry(taken.id()).orElseThrow().status() == EntryStatus.SUBMITTED && !labelling.busy();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, TIMEOUT);

        AnnotationSet set = store.annotations().read(taken.id()).set("lena").orElseThrow();
        List<Annotation> stored = set.annotations();
        assertEquals(3, stored.size(), stored.toString());
        Annotation.Region storedBox = (Annotation.Region) stored.stream().filter(a -> a instanceof Annotation.Region).findFirst().orElseThrow();
        assertEquals(region, storedBox);
        assertEquals("fashionpedia", storedBox.label().taxonomy());
        Annotation.Attribute skin = (Annotation.Attribute) stored.stream().filter(a -> a instanceof Annotation.Attribute).findFirst().orElseThrow();
        assertEquals("skin-tone", skin.attribute().name());
        assertEquals("fvgs-model", skin.attribute().taxonomy());
        assertEquals("mst-4", skin.value());
        assertTrue(stored.contains(new Annotation.Caption("en", "A red dress on a plain background")));

        // submitting takes the next entry of the queue
        driver.waitUntil("the next entry", () -> labelling.work() != null && labelling.work().entry().id() != taken.id(), TIMEOUT);
        assertEquals(EntryStatus.IN_PROGRESS, labelling.work().entry().status());

        browser.mode().select(1);
        browser.mode().notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("all four entries in the browser", () -> browser.summaryText().startsWith("4 entries"), TIMEOUT);
        driver.waitUntil("thumbnails of the visible rows", () -> browser.thumbnailsHeld() == 4, TIMEOUT);
        org.eclipse.swt.widgets.Table table = browser.viewer().getTable();
        driver.waitUntil("the thumbnails painted in the first column", () -> {
            int[] px = driver.pixels(table);
            int w = table.getSize().x;
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = table.getHeaderHeight(); y < table.getSize().y; y++) {
                for (int x = 0; x < EntryBrowserPart.THUMBNAIL + 8 && x < w; x++) {
                    colours.add(px[y * w + x]);
                }
            }
            return colours.size() > 200;
        }, TIMEOUT);
        driver.screenshot(shell, "labelling-browser");

        // the thumbnail grid: the same entries, Right and Enter open the second one
        browser.view().select(1);
        browser.view().notifyListeners(SWT.Selection, new Event());
        org.eclipse.swt.widgets.Canvas grid = browser.grid().control();
        driver.waitUntil("the grid's thumbnails", () -> browser.thumbnailsHeld() == 8 && colours(grid) > 400, TIMEOUT);
        driver.screenshot(shell, "labelling-grid");
        key(grid, (char) 0, SWT.ARROW_RIGHT);
        key(grid, (char) 0, SWT.ARROW_RIGHT);
        assertEquals(1, browser.grid().selected());
        long second = browser.listing().peek(1).id();
        key(grid, '\r', SWT.CR);
        driver.waitUntil("the second entry opened from the grid", () -> labelling.work() != null && labelling.work().entry().id() == second
                && !labelling.busy(), TIMEOUT);
    }

    private int colours(Control c) {
        return (int) java.util.Arrays.stream(driver.pixels(c)).distinct().count();
    }

    @Test
    void undoAndDeleteOnTheCanvas() throws Exception {
        open(2, 320, 240);
        takeNextEntry();
        labelling.categoryFilter().setText("person fvgs-model");
        labelling.categoryFilter().notifyListeners(SWT.DefaultSelection, new Event());
        AnnotationCanvas canvas = labelling.canvas();
        drag(canvas, 10, 10, 100, 100);
        drag(canvas, 150, 20, 300, 200);
        assertEquals(2, labelling.work().annotations().size());
        Event undo = new Event();
        undo.keyCode = 'z';
        undo.character = (char) 26;
        undo.stateMask = SWT.MOD1;
        canvas.control().notifyListeners(SWT.KeyDown, undo);
        assertEquals(1, labelling.work().annotations().size(), "Ctrl+Z undoes the second box");

        key(canvas.control(), 'v', 'v');
        mouse(canvas.control(), SWT.MouseDown, 1, canvas.toCanvas(50, 50));
        mouse(canvas.control(), SWT.MouseUp, 1, canvas.toCanvas(50, 50));
        assertEquals(0, canvas.selected());
        key(canvas.control(), (char) 127, SWT.DEL);
        assertEquals(0, labelling.work().annotations().size(), "Del deletes the selected box");

        // a polygon: three clicks and Enter
        key(canvas.control(), 'p', 'p');
        for (double[] p : new double[][] { { 20, 20 }, { 120, 30 }, { 60, 140 } }) {
            mouse(canvas.control(), SWT.MouseDown, 1, canvas.toCanvas(p[0], p[1]));
            mouse(canvas.control(), SWT.MouseUp, 1, canvas.toCanvas(p[0], p[1]));
        }
        key(canvas.control(), '\r', SWT.CR);
        Annotation.Region polygon = (Annotation.Region) labelling.work().annotations().get(0);
        assertEquals(3, ((Shape.Polygon) polygon.shape()).points().size());

        // keypoints of coco-17: two clicked, Enter leaves the rest not labelled
        key(canvas.control(), 'k', 'k');
        mouse(canvas.control(), SWT.MouseDown, 1, canvas.toCanvas(80, 40));
        mouse(canvas.control(), SWT.MouseDown, 1, canvas.toCanvas(90, 35));
        key(canvas.control(), '\r', SWT.CR);
        Annotation.Region kp = (Annotation.Region) labelling.work().annotations().get(1);
        Shape.Keypoints points = (Shape.Keypoints) kp.shape();
        assertEquals("coco-17", points.layout());
        assertEquals(17, points.points().size());
        assertEquals(Shape.Visibility.VISIBLE, points.points().get(1).visibility());
        assertEquals(Shape.Visibility.NOT_LABELLED, points.points().get(2).visibility());

        labelling.save();
        driver.waitUntil("the save", () -> !labelling.work().dirty() && !labelling.busy(), TIMEOUT);
        assertEquals(2, store.annotations().read(labelling.work().entry().id()).set("lena").orElseThrow().annotations().size());
    }

    @Test
    void whenSomeoneElseSavedFirstTheLabellerReloadsOrOverwrites() throws Exception {
        open(1, 320, 240);
        takeNextEntry();
        long id = labelling.work().entry().id();
        Annotation theirs = new Annotation.Caption("en", "Corrected by the admin");
        store.annotations().save(id, labelling.work().version(), "lena", List.of(theirs), "boss");

        labelling.categoryFilter().setText("person fvgs-model");
        labelling.categoryFilter().notifyListeners(SWT.DefaultSelection, new Event());
        drag(labelling.canvas(), 10, 10, 100, 100);
        List<ConflictException> asked = new ArrayList<>();
        labelling.conflictChooser(c -> {
            asked.add(c);
            return LabellingPart.ConflictChoice.RELOAD;
        });
        labelling.save();
        driver.waitUntil("the reload", () -> !asked.isEmpty() && !labelling.busy() && labelling.work().annotations().equals(List.of(theirs)),
                TIMEOUT);
        assertTrue(labelling.statusText().startsWith("Reloaded entry " + id), labelling.statusText());
        assertEquals("Corrected by the admin", labelling.caption().getText());

        // again, now keeping the labeller's set
        store.annotations().save(id, labelling.work().version(), "lena", List.of(), "boss");
        drag(labelling.canvas(), 20, 20, 120, 120);
        List<Annotation> mine = labelling.work().annotations();
        labelling.conflictChooser(c -> {
            asked.add(c);
            return LabellingPart.ConflictChoice.OVERWRITE;
        });
        labelling.save();
        driver.waitUntil("the overwrite", () -> asked.size() == 2 && !labelling.busy() && !labelling.work().dirty(), TIMEOUT);
        // the caption editor's text is written last on saving: the same annotations, the caption moved to the end
        assertEquals(new java.util.HashSet<>(mine), new java.util.HashSet<>(store.annotations().read(id).set("lena").orElseThrow().annotations()));
        assertEquals(labelling.work().annotations(), store.annotations().read(id).set("lena").orElseThrow().annotations());
    }

    @Test
    void aUserWhoMayNotLabelGetsAClearMessage() throws Exception {
        open(1, 64, 48);
        CompletionException ghost = assertThrows(CompletionException.class, () -> connection.connect("ghost").join());
        assertTrue(ghost.getCause().getMessage().contains("user 'ghost' does not exist"), ghost.getCause().getMessage());
        assertTrue(ghost.getCause().getMessage().contains("lena"), "names the labellers: " + ghost.getCause().getMessage());
        CompletionException reviewer = assertThrows(CompletionException.class, () -> connection.connect("rita").join());
        assertTrue(reviewer.getCause().getMessage().contains("is a reviewer and may not label"), reviewer.getCause().getMessage());
        assertEquals("lena", connection.session().user(), "the open session stays");
    }

    @Test
    void aPartOpenedAfterTheConnectionFailedSaysWhy() throws Exception {
        // as in the workbench: the Entries part connected first, as a user who is not in the dataset
        bed = new DatasetTestbed(dir);
        store = bed.store();
        connection = bed.connection();
        assertThrows(CompletionException.class, () -> connection.connect("ghost").join());
        shell = bed.window(900, 600);
        driver = bed.driver();
        labelling = new LabellingPart(connection);
        labelling.createControls(shell);
        shell.open();
        driver.waitUntil("the status line to name the problem instead of 'Connecting'",
                () -> labelling.statusText().contains("user 'ghost' does not exist"), TIMEOUT);
    }

    @Test
    void theBrowserStaysSmoothWith20000Entries() throws Exception {
        int images = 40, entries = 20_000;
        open(images, 320, 240);
        List<MediaItem> media = new ArrayList<>();
        for (long id = 1; id <= images; id++) {
            media.add(store.entry(id).orElseThrow().media().get(0));
        }
        long t0 = System.nanoTime();
        for (int i = images; i < entries; i++) {
            MediaItem m = media.get(i % images);
            store.create(new NewEntry("generated-" + i, List.of(MediaItem.image(m.sha256(), m.sizeBytes(), m.mimeType(), m.width(), m.height(),
                    "look-" + i + ".png")), List.of(), Provenance.UNKNOWN), "setup");
        }
        System.out.printf("created %d entries in %.1f s%n", entries - images, (System.nanoTime() - t0) / 1e9);

        browser.mode().select(1);
        long r0 = System.nanoTime();
        browser.mode().notifyListeners(SWT.Selection, new Event());
        driver.waitUntil("20,000 entries in the browser", () -> browser.listing() != null && browser.listing().size() == entries, TIMEOUT);
        org.eclipse.swt.widgets.Table table = browser.viewer().getTable();
        driver.waitUntil("the first rows", () -> rowsFilled(table), TIMEOUT);
        double refresh = (System.nanoTime() - r0) / 1e6;

        // jumps through the list as a fast scroll would: every jump needs a page nobody read yet
        Random r = new Random(7);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int top = r.nextInt(entries - 20);
            long s0 = System.nanoTime();
            table.setTopIndex(top);
            driver.waitUntil("rows at " + top, () -> rowsFilled(table), TIMEOUT);
            times.add(System.nanoTime() - s0);
        }
        Collections.sort(times);
        System.out.printf("browser with %d entries: search and first rows %.1f ms; jump to an unread page p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                entries, refresh, times.get(times.size() / 2) / 1e6, times.get(times.size() * 95 / 100 - 1) / 1e6, times.get(times.size() - 1) / 1e6);
        assertTrue(browser.thumbnailsHeld() <= images, "thumbnails are held per media file, at most the cache size");

        // the grid: End goes to the last of the 20,000, only the visible cells are read and painted
        browser.view().select(1);
        browser.view().notifyListeners(SWT.Selection, new Event());
        driver.flush();
        long g0 = System.nanoTime();
        key(browser.grid().control(), (char) 0, SWT.END);
        assertEquals(entries - 1, browser.grid().selected());
        driver.waitUntil("the last cells", () -> {
            int[] rows = browser.grid().visibleRows();
            return rows[1] == entries && browser.listing().peek(entries - 1) != null && colours(browser.grid().control()) > 400;
        }, TIMEOUT);
        System.out.printf("grid: End to the last of %d entries painted with thumbnails in %.1f ms%n", entries, (System.nanoTime() - g0) / 1e6);
        assertTrue(table.getItemCount() == entries);
    }

    private boolean rowsFilled(org.eclipse.swt.widgets.Table table) {
        int top = table.getTopIndex();
        int visible = Math.max(1, table.getClientArea().height / table.getItemHeight());
        for (int i = top; i < Math.min(table.getItemCount(), top + visible); i++) {
            if (!(table.getItem(i).getData() instanceof DatasetEntry)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void openingTheNextEntryOfTheQueueIsQuick() throws Exception {
        int n = 30;
        open(n, 1280, 960);
        store.workflow().assignAll(SearchQuery.all(), "lena", "boss");
        browser.refresh();
        driver.waitUntil("the queue of 30", () -> browser.listing() != null && browser.listing().size() == n, TIMEOUT);
        labelling.openFrom(browser.listing(), 0);
        driver.waitUntil("the first entry", () -> labelling.work() != null && !labelling.busy(), TIMEOUT);
        for (int i = 1; i < n; i++) {
            long before = labelling.work().entry().id();
            // a labeller looks at an entry for a while: give the read-ahead of the next entry 300 ms
            long until = System.nanoTime() + 300_000_000L;
            driver.waitUntil("time passing", () -> System.nanoTime() > until, TIMEOUT);
            key(labelling.canvas().control(), 'j', 'j');
            driver.waitUntil("entry " + (i + 1), () -> labelling.work().entry().id() != before && !labelling.busy(), TIMEOUT);
        }
        List<Long> times = new ArrayList<>(labelling.openNanos().subList(1, n));
        Collections.sort(times);
        double p50 = times.get(times.size() / 2) / 1e6, p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6;
        System.out.printf("open next entry (1280x960 PNG, read ahead): p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d openings%n", p50, p95,
                times.get(times.size() - 1) / 1e6, times.size());
        assertNotNull(labelling.work());

        // the same reads without read-ahead: entry, annotations and the decoded image, after the request
        List<Long> cold = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            long c0 = System.nanoTime();
            assertNotNull(connection.session().load(id).join().image());
            cold.add(System.nanoTime() - c0);
        }
        Collections.sort(cold);
        System.out.printf("read and decode without read-ahead (1280x960 PNG): p50 %.1f ms, p95 %.1f ms%n", cold.get(cold.size() / 2) / 1e6,
                cold.get(cold.size() * 95 / 100 - 1) / 1e6);
    }
}
