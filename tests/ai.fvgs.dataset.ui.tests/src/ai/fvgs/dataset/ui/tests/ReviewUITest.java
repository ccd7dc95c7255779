package ai.fvgs.dataset.ui.tests;

import static ai.fvgs.dataset.ui.tests.CanvasMouse.mouse;
import static ai.fvgs.dataset.ui.tests.DatasetTestbed.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.LabellerStats;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.ui.internal.AnnotationCanvas;
import ai.fvgs.dataset.ui.internal.Chart;
import ai.fvgs.dataset.ui.internal.DatasetConnection;
import ai.fvgs.dataset.ui.internal.LabellingPart;
import ai.fvgs.dataset.ui.internal.ReviewPart;
import ai.fvgs.dataset.ui.internal.StatisticsPart;
import ai.fvgs.sdk.Progress;
import ai.fvgs.tests.swt.SwtDriver;

/**
 * The reviewer's half in a real SWT window over a real H2 file database: a labeller draws a box, sets an attribute
 * and submits in the annotation part; a second labeller's set of the same entry is stored; a reviewer opens the
 * Review part, sees both sets side by side with their differences, is refused a rejection without a comment, and
 * accepts with the keyboard. The entry is accepted in the database, and the Statistics part reads its figures again
 * by itself: its model and its chart pixels change. Screenshots of both parts go to target/screenshots.
 */
class ReviewUITest {

    /** Colours of the status series in the progress chart. */
    private static final int SUBMITTED = 0xfb8c00, ACCEPTED = 0x43a047;

    @TempDir
    Path dir;

    private DatasetTestbed bed;
    private Shell shell;
    private SwtDriver driver;
    private DatasetStore store;
    private DatasetConnection connection;
    private TabFolder tabs;
    private LabellingPart labelling;
    private ReviewPart review;
    private StatisticsPart statistics;

    private void open() throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < 2; i++) {
            png(in.resolve("look-" + i + ".png"), 320, 240, i);
        }
        bed = new DatasetTestbed(dir);
        store = bed.store();
        assertEquals(2, store.importer().run(in, ImportOptions.defaults("importer"), Progress.NONE).entriesCreated());
        store.addUser("lena", Role.LABELLER, "setup");
        store.addUser("mia", Role.LABELLER, "setup");
        store.addUser("rita", Role.REVIEWER, "setup");
        connection = bed.connect("lena");

        shell = bed.window(1400, 860);
        driver = bed.driver();
        tabs = new TabFolder(shell, SWT.TOP);
        labelling = new LabellingPart(connection);
        labelling.createControls(tab("Annotate"));
        review = new ReviewPart(connection);
        review.createControls(tab("Review"));
        statistics = new StatisticsPart(connection);
        statistics.createControls(tab("Statistics"));
        shell.open();
        driver.waitUntil("the vocabulary", () -> labelling.categories().getItemCount() > 0, TIMEOUT);
        driver.waitUntil("the first figures", () -> statistics.reads() >= 1 && !statistics.reading(), TIMEOUT);
    }

    private Composite tab(String text) {
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new FillLayout());
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(c);
        return c;
    }

    private void showTab(int index) {
        tabs.setSelection(index);
        driver.flush();
    }

    @AfterEach
    void close() {
        if (bed != null) {
            bed.close();
        }
    }

    private static void png(Path file, int width, int height, int seed) throws Exception {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, (x * 255 / width + r.nextInt(30)) << 16 & 0xff0000 | (y * 255 / height) << 8 | 90 + seed * 40);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }

    private static void key(Control c, char character) {
        Event e = new Event();
        e.character = character;
        e.keyCode = character;
        c.notifyListeners(SWT.KeyDown, e);
    }

    private static Label category(DatasetConnection connection, String name, String taxonomy) {
        return connection.session().vocabulary().categories().stream().map(c -> c.label())
                .filter(l -> l.name().equals(name) && l.taxonomy().equals(taxonomy)).findFirst().orElseThrow();
    }

    private EntryStatus status(long id) {
        try {
            return store.entry(id).orElseThrow().status();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean has(int[] pixels, int rgb) {
        return Arrays.stream(pixels).anyMatch(p -> p == rgb);
    }

    /** @return the pixels of the chart's rows (below its title and legend, which show every colour) */
    private int[] rows(ai.fvgs.dataset.ui.internal.ChartCanvas chart) {
        int[] all = driver.stablePixels(chart.control(), TIMEOUT);
        int w = chart.control().getSize().x;
        return Arrays.copyOfRange(all, chart.rowsTop() * w, all.length);
    }

    /** @return whether a colour is within 3 pixels of a point */
    private static boolean near(int[] pixels, int width, Point at, int rgb) {
        for (int y = at.y - 3; y <= at.y + 3; y++) {
            for (int x = at.x - 3; x <= at.x + 3; x++) {
                if (y >= 0 && x >= 0 && x < width && y * width + x < pixels.length && pixels[y * width + x] == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The labeller's flow of LabellingUITest, short: take, pick dress, draw a box, set skin-tone mst-4, submit. */
    private long labellerSubmitsABox() {
        showTab(0);
        labelling.next();
        driver.waitUntil("an entry to open", () -> labelling.work() != null && !labelling.busy(), TIMEOUT);
        long id = labelling.work().entry().id();
        labelling.categoryFilter().setText("dress fashionpedia");
        labelling.categoryFilter().notifyListeners(SWT.DefaultSelection, new Event());
        AnnotationCanvas canvas = labelling.canvas();
        key(canvas.control(), 'b');
        mouse(canvas.control(), SWT.MouseDown, 1, canvas.toCanvas(40, 30));
        mouse(canvas.control(), SWT.MouseMove, 0, canvas.toCanvas(120, 90));
        mouse(canvas.control(), SWT.MouseUp, 1, canvas.toCanvas(200, 150));
        labelling.attributeFilter().setText("skin-tone mst-4");
        labelling.attributeFilter().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(2, labelling.work().annotations().size(), labelling.work().annotations().toString());
        labelling.submit();
        driver.waitUntil("the entry to be submitted", () -> status(id) == EntryStatus.SUBMITTED && !labelling.busy(), TIMEOUT);
        return id;
    }

    @Test
    void aReviewerSeesBothSetsIsRefusedARejectionWithoutCommentAndAccepts() throws Exception {
        open();
        assertEquals(0, statistics.figures().stats().byStatus().get(EntryStatus.SUBMITTED));
        assertTrue(statistics.agreementChart().chart().bars().isEmpty(), "no pairs yet");

        long id = labellerSubmitsABox();
        Annotation.Region lenasBox = (Annotation.Region) store.annotations().read(id).set("lena").orElseThrow().annotations().stream()
                .filter(a -> a instanceof Annotation.Region).findFirst().orElseThrow();
        // a second labeller: the same skin tone, the dress box shifted, and a person box lena does not have
        Label skin = ((Annotation.Attribute) store.annotations().read(id).set("lena").orElseThrow().annotations().stream()
                .filter(a -> a instanceof Annotation.Attribute).findFirst().orElseThrow()).attribute();
        Shape.Box b = (Shape.Box) lenasBox.shape();
        store.annotations().save(id, store.annotations().read(id).entryVersion(), "mia", List.of(
                new Annotation.Region(0, lenasBox.label(), new Shape.Box(b.x() + 20, b.y() + 10, b.width(), b.height())),
                new Annotation.Region(0, category(connection, "person", "fvgs-model"), new Shape.Box(230, 20, 60, 200)),
                new Annotation.Attribute(skin, "mst-4")), "mia");

        // the submit refreshed the statistics by itself; mia's set was stored behind the workbench's back: F5
        driver.waitUntil("the submitted entry in the figures", () -> statistics.figures().stats().byStatus().get(EntryStatus.SUBMITTED) == 1,
                TIMEOUT);
        statistics.refresh();
        driver.waitUntil("the pair lena / mia", () -> !statistics.reading() && statistics.figures().agreement().pairs().size() == 1, TIMEOUT);
        showTab(2);
        int[] before = rows(statistics.progressChart());
        assertTrue(has(before, SUBMITTED), "lena's bar shows a submitted entry");
        assertFalse(has(before, ACCEPTED), "nothing accepted yet");
        Chart agreement = statistics.agreementChart().chart();
        Chart.Bar kappa = agreement.bars().stream().filter(x -> x.label().equals("lena / mia: kappa, skin-tone")).findFirst().orElseThrow();
        assertTrue(kappa.undefined(), "both gave the one entry the same value: chance agreement 1, kappa undefined");
        assertTrue(kappa.text().startsWith("undefined"), kappa.text());

        // a labeller may not review
        showTab(1);
        review.connect("lena");
        driver.waitUntil("the refusal", () -> review.statusText().contains("is a labeller and may not review"), TIMEOUT);
        assertNull(review.session());

        review.connect("rita");
        driver.waitUntil("the entry under review", () -> review.loaded() != null && !review.busy(), TIMEOUT);
        assertEquals(id, review.loaded().entry().id());
        assertEquals("lena", review.labellerA().getText(), "the assignee on the left");
        assertEquals("mia", review.labellerB().getText());
        assertEquals(List.of("IoU 0.67", "unmatched"), review.diff().notesB().subList(0, 2));
        assertTrue(review.diff().differences().contains("box person only in mia's set"), review.diff().differences().toString());
        assertEquals(1, review.diff().flaggedShapes());
        AnnotationCanvas left = review.canvasA();
        driver.waitUntil("the left image fitted", () -> left.scale() != 1 && left.control().getSize().x > 0, TIMEOUT);
        // two equal reads may both come before the paint of the new entry: wait for the box, then read
        driver.waitUntil("lena's dress box drawn in the first shape colour", () -> has(driver.pixels(left.control()), 0xe6194b), TIMEOUT);
        int[] shown = driver.stablePixels(left.control(), TIMEOUT);
        assertTrue(has(shown, 0xe6194b), "lena's dress box is drawn in the first shape colour");
        Point edge = left.toCanvas(b.x() + b.width() / 2, b.y() + b.height());
        assertTrue(near(shown, left.control().getSize().x, edge, 0xe6194b), "the bottom edge of the box at " + edge);

        // read-only: the box tool key does nothing, a drag draws nothing
        key(left.control(), 'b');
        mouse(left.control(), SWT.MouseDown, 1, left.toCanvas(10, 10));
        mouse(left.control(), SWT.MouseUp, 1, left.toCanvas(100, 100));
        assertEquals(2, review.diff().notesA().size());
        driver.screenshot(shell, "labelling-review");

        // R without a comment is refused, with the reason
        review.comment().setText("");
        key(left.control(), 'r');
        assertTrue(review.statusText().startsWith("A rejection needs a comment saying what to fix"), review.statusText());
        driver.flush();
        assertEquals(EntryStatus.SUBMITTED, status(id));

        // A accepts
        review.comment().setText("Dress box fine; mia's person box is extra");
        left.control().setFocus();
        key(left.control(), 'a');
        driver.waitUntil("the entry to be accepted", () -> status(id) == EntryStatus.ACCEPTED && !review.busy(), TIMEOUT);
        DatasetEntry accepted = store.entry(id).orElseThrow();
        assertEquals("rita", accepted.updatedBy());
        assertEquals("Dress box fine; mia's person box is extra", accepted.reviewComment());
        driver.waitUntil("the empty queue", () -> review.statusText().equals("Accepted entry " + id + ". No submitted entries to review"), TIMEOUT);

        // the statistics follow by themselves
        driver.waitUntil("the accepted entry in the figures", () -> !statistics.reading()
                && statistics.figures().stats().byStatus().get(EntryStatus.ACCEPTED) == 1, TIMEOUT);
        LabellerStats lena = statistics.figures().stats().byLabeller().stream().filter(l -> l.labeller().equals("lena")).findFirst().orElseThrow();
        assertEquals(1, lena.byStatus().get(EntryStatus.ACCEPTED));
        assertEquals(0, lena.byStatus().get(EntryStatus.SUBMITTED));
        Chart.Bar bar = statistics.progressChart().chart().bars().stream().filter(x -> x.label().equals("lena")).findFirst().orElseThrow();
        assertEquals(1.0, bar.values().get(EntryStatus.ACCEPTED.ordinal()));
        showTab(2);
        int[] after = rows(statistics.progressChart());
        assertFalse(Arrays.equals(before, after), "the progress chart is drawn anew");
        assertTrue(has(after, ACCEPTED), "lena's bar shows the accepted entry");
        assertFalse(has(after, SUBMITTED), "and no submitted one");
        Chart labels = statistics.labelChart().chart();
        assertInstanceOf(Chart.Bar.class, labels.bars().stream().filter(x -> x.label().equals("box dress")).findFirst().orElseThrow());
        driver.screenshot(shell, "labelling-statistics");
    }

    @Test
    void whenSomeoneChangedTheEntryFirstTheReviewerReloadsAndRejectsWithAComment() throws Exception {
        open();
        long id = labellerSubmitsABox();
        showTab(1);
        review.connect("rita");
        driver.waitUntil("the entry under review", () -> review.loaded() != null && !review.busy(), TIMEOUT);
        assertEquals(List.of("lena"), review.loaded().annotations().labellers());
        assertEquals(List.of("Only lena annotated this entry: nothing to compare"), review.diff().differences());

        // a second labeller saves a set while the reviewer looks at the entry
        store.annotations().save(id, store.annotations().read(id).entryVersion(), "mia",
                List.of(new Annotation.Region(0, category(connection, "person", "fvgs-model"), new Shape.Box(10, 10, 50, 50))), "mia");
        List<ai.fvgs.dataset.ConflictException> asked = new java.util.ArrayList<>();
        review.conflictChooser(c -> {
            asked.add(c);
            return ReviewPart.ConflictChoice.RELOAD;
        });
        review.comment().setText("The dress box misses the hem");
        review.reject();
        driver.waitUntil("the conflict and the reload", () -> asked.size() == 1 && !review.busy()
                && review.loaded().annotations().labellers().equals(List.of("lena", "mia")), TIMEOUT);
        assertEquals(id, asked.get(0).entryId());
        assertEquals(EntryStatus.SUBMITTED, status(id), "nothing was stored");
        assertEquals("mia", review.labellerB().getText(), "the new set is shown on the right");
        assertEquals("The dress box misses the hem", review.comment().getText(), "the comment survives the reload");

        review.reject();
        driver.waitUntil("the entry to be rejected", () -> status(id) == EntryStatus.REJECTED && !review.busy(), TIMEOUT);
        assertEquals("The dress box misses the hem", store.entry(id).orElseThrow().reviewComment());
        driver.waitUntil("the rejection in the figures", () -> !statistics.reading()
                && statistics.figures().stats().byStatus().get(EntryStatus.REJECTED) == 1, TIMEOUT);
    }
}
