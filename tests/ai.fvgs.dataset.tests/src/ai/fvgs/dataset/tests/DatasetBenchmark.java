package ai.fvgs.dataset.tests;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.ExportFormat;
import ai.fvgs.dataset.ExportMedia;
import ai.fvgs.dataset.ExportOptions;
import ai.fvgs.dataset.ExportReport;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.Snapshot;
import ai.fvgs.dataset.SnapshotOptions;
import ai.fvgs.sdk.Progress;

/**
 * The dataset benchmark of {@code docs/performance.md}: a 20,000-entry dataset on H2 or PostgreSQL. Run by
 * {@code tests/benchmarks/dataset.sh} on a plain class path of the product's jars; not a unit test.
 *
 * <p>Phases: generate the images once (JPEG, 640x960, with a caption side-car each; kept in the image folder
 * for later runs); import the folder (images per second, hashing, thumbnails and perceptual hashes
 * included); label part of the dataset through the workflow as labellers do (next entry, save annotations,
 * submit) while timing "next entry in my queue"; review; time filtered searches; make a snapshot of every
 * entry and export it as COCO, YOLO and JSONL. Prints Markdown.
 *
 * <p>Arguments: {@code --db h2|JDBC-URL} (h2: a new file database in the work folder), {@code --work DIR}
 * (required; a new database and media store go in it), {@code --images DIR} (generated when empty),
 * {@code --entries N} (20000), {@code --labelled N} (2000 labelling cycles), {@code --searches N} (500).
 * {@code --drop-schema URL SCHEMA} drops a PostgreSQL schema the benchmark made.
 */
public final class DatasetBenchmark {

    private static final String[] CATEGORIES = { "dress", "skirt", "coat", "jacket", "pants", "shorts", "top, t-shirt, sweatshirt",
            "shirt, blouse", "sweater", "cardigan" };
    private static final String[] COLOURS = { "black", "white", "red", "blue", "green", "beige", "pink", "grey", "navy", "yellow" };
    private static final String[] WORDS = { "silk", "cotton", "linen", "wool", "denim", "leather", "pleated", "midi", "maxi", "mini", "floral",
            "striped", "checked", "oversized", "tailored", "cropped", "wrap", "runway", "studio", "street", "evening", "summer", "winter",
            "catwalk", "model", "walking", "portrait", "front", "side", "back" };
    private static final int LABELLERS = 8;

    private DatasetBenchmark() {
    }

    /**
     * @param args see the class comment
     * @throws Exception on any failure: the benchmark stops
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--drop-schema")) {
            try (var c = new org.postgresql.Driver().connect(args[1], new java.util.Properties()); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + args[2] + " CASCADE");
            }
            return;
        }
        String db = "h2";
        Path work = null;
        Path images = null;
        int entries = 20_000;
        int labelled = 2_000;
        int searches = 500;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--db" -> db = value;
                case "--work" -> work = Path.of(value);
                case "--images" -> images = Path.of(value);
                case "--entries" -> entries = Integer.parseInt(value);
                case "--labelled" -> labelled = Integer.parseInt(value);
                case "--searches" -> searches = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; allowed: --db h2|URL, --work DIR, --images DIR, --entries N, --labelled N, --searches N");
            }
        }
        if (work == null) {
            throw new IllegalArgumentException("--work DIR is required");
        }
        Files.createDirectories(work);
        if (images == null) {
            images = work.resolve("images");
        }
        generate(images, entries);
        String url = db.equals("h2") ? "jdbc:h2:file:" + work.resolve("db").resolve("fvgs") : db;
        System.out.printf(Locale.ROOT, "dataset benchmark: %d entries, %s, %d processors, Java %s%n%n", entries, db.equals("h2") ? "H2 file"
                : "PostgreSQL", Runtime.getRuntime().availableProcessors(), Runtime.version());
        try (DatasetStore store = DatasetStore.open(url, work.resolve("media"))) {
            importPhase(store, images, entries);
            setUpUsers(store);
            if (labelled > 0) {
                labelPhase(store, Math.min(labelled, entries));
            }
            if (searches > 0) {
                searchPhase(store, searches);
            }
            exportPhase(store, work);
        }
    }

    /** Writes {@code count} distinct JPEG images with caption side-cars, unless the folder already has them. */
    static void generate(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            if (files.filter(f -> f.toString().endsWith(".jpg")).count() >= count) {
                return;
            }
        }
        long t0 = System.nanoTime();
        IntStream.range(0, count).parallel().forEach(i -> {
            Path jpg = folder.resolve(String.format(Locale.ROOT, "look-%05d.jpg", i));
            Path txt = folder.resolve(String.format(Locale.ROOT, "look-%05d.txt", i));
            if (Files.exists(txt)) {
                return;
            }
            Random r = new Random(i * 7919L + 17);
            BufferedImage img = new BufferedImage(640, 960, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xffffff)), 640, 960, new Color(r.nextInt(0xffffff))));
            g.fillRect(0, 0, 640, 960);
            for (int k = 0; k < 24; k++) {
                g.setColor(new Color(r.nextInt(), true));
                g.fillOval(r.nextInt(640), r.nextInt(960), 40 + r.nextInt(300), 40 + r.nextInt(500));
            }
            g.dispose();
            StringBuilder caption = new StringBuilder("a model wearing a ");
            caption.append(COLOURS[r.nextInt(COLOURS.length)]).append(' ').append(CATEGORIES[r.nextInt(CATEGORIES.length)]);
            for (int k = 0; k < 6; k++) {
                caption.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
            try {
                Path tmp = folder.resolve(jpg.getFileName() + ".tmp");
                ImageIO.write(img, "jpg", tmp.toFile());
                Files.move(tmp, jpg);
                Files.writeString(txt, caption, StandardCharsets.UTF_8); // last: its presence marks the pair complete
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.printf(Locale.ROOT, "generated %d images (640x960 JPEG) in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
    }

    private static void importPhase(DatasetStore store, Path images, int entries) throws Exception {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ImportReport report = store.importer().run(images, ImportOptions.defaults("bench"), Progress.NONE);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(images)) {
            bytes = files.filter(f -> f.toString().endsWith(".jpg")).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.println("| phase | result |");
        System.out.println("| --- | --- |");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "| import | %d entries (%d files, %.0f MB of JPEG) in %.1f s: **%.0f images/s**; %.1f ms of CPU per image "
                + "(all threads), so at most %.0f images/s on %d idle cores |%n", report.entriesCreated(), report.filesSeen(), bytes / 1e6, s,
                report.entriesCreated() / s, cpuSeconds * 1000 / report.entriesCreated(), report.entriesCreated() * cores / cpuSeconds, cores);
        if (report.entriesCreated() != entries) {
            throw new IllegalStateException("expected " + entries + " new entries, the import created " + report.entriesCreated()
                    + " (use a new --work folder)");
        }
    }

    private static void setUpUsers(DatasetStore store) throws Exception {
        store.addUser("admin", Role.ADMIN, "bench");
        store.addUser("reviewer", Role.REVIEWER, "bench");
        for (int i = 0; i < LABELLERS; i++) {
            store.addUser("labeller" + i, Role.LABELLER, "bench");
        }
    }

    /** Labellers take their next entry, annotate it and submit it; a reviewer accepts 9 of 10. */
    private static void labelPhase(DatasetStore store, int cycles) throws Exception {
        long[] next = new long[cycles];
        long[] save = new long[cycles];
        Random r = new Random(42);
        long t0 = System.nanoTime();
        List<DatasetEntry> submitted = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            String labeller = "labeller" + (i % LABELLERS);
            long a = System.nanoTime();
            Optional<DatasetEntry> taken = store.workflow().next(labeller);
            next[i] = System.nanoTime() - a;
            DatasetEntry e = taken.orElseThrow(() -> new IllegalStateException("queue empty"));
            long b = System.nanoTime();
            var saved = store.annotations().save(e.id(), e.version(), labeller, annotations(r), labeller);
            DatasetEntry current = store.entry(e.id()).orElseThrow();
            submitted.add(store.workflow().transition(current, EntryStatus.SUBMITTED, null, labeller));
            save[i] = System.nanoTime() - b;
            if (saved.entryVersion() < 1) {
                throw new IllegalStateException("bad version");
            }
        }
        double labelSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        for (int i = 0; i < submitted.size(); i++) {
            DatasetEntry e = submitted.get(i);
            if (i % 10 == 9) {
                store.workflow().transition(e, EntryStatus.REJECTED, "box too loose", "reviewer");
            } else {
                store.workflow().transition(e, EntryStatus.ACCEPTED, null, "reviewer");
            }
        }
        double reviewSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "| next entry in my queue | %d calls by %d labellers: median %.1f ms, **p95 %.1f ms**, max %.1f ms |%n", cycles,
                LABELLERS, percentile(next, 50), percentile(next, 95), percentile(next, 100));
        System.out.printf(Locale.ROOT, "| save annotations + submit | median %.1f ms, p95 %.1f ms (%d cycles in %.1f s) |%n", percentile(save, 50),
                percentile(save, 95), cycles, labelSeconds);
        System.out.printf(Locale.ROOT, "| review (accept / reject) | %d entries in %.1f s |%n", submitted.size(), reviewSeconds);
    }

    static List<Annotation> annotations(Random r) {
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        double x = r.nextInt(200);
        double y = r.nextInt(300);
        List<Annotation> list = new ArrayList<>();
        Label label = new Label("fashionpedia", "1", category);
        list.add(new Annotation.Region(0, label, new Shape.Box(x, y, 100 + r.nextInt(300), 200 + r.nextInt(400))));
        list.add(new Annotation.Region(0, label, new Shape.Polygon(List.of(new Shape.Point(x, y), new Shape.Point(x + 90, y + 10),
                new Shape.Point(x + 80, y + 190), new Shape.Point(x + 5, y + 180)))));
        list.add(new Annotation.Attribute(Label.of("colour"), COLOURS[r.nextInt(COLOURS.length)]));
        list.add(new Annotation.Attribute(new Label("fvgs-model", "1", "skin-tone"), "mst-" + (1 + r.nextInt(10))));
        list.add(new Annotation.Attribute(new Label("fvgs-model", "1", "shot-type"), r.nextBoolean() ? "full-body" : "three-quarter-body"));
        list.add(new Annotation.Caption("en", "a " + category + " on the runway"));
        return list;
    }

    /** Filtered searches as the entry browser runs them: words plus a status, media or labeller filter, first page. */
    private static void searchPhase(DatasetStore store, int count) throws Exception {
        Random r = new Random(7);
        long[] times = new long[count];
        String[] kinds = { "words + accepted", "words + image", "words + labeller", "words + new + image", "category + accepted", "words + attribute" };
        long[][] byKind = new long[kinds.length][(count + kinds.length - 1) / kinds.length];
        long hits = 0;
        store.search().search(SearchQuery.all()); // warm-up
        for (int i = 0; i < count; i++) {
            SearchQuery q = SearchQuery.all().withText(WORDS[r.nextInt(WORDS.length)] + " " + COLOURS[r.nextInt(COLOURS.length)]);
            q = switch (i % 6) {
                case 0 -> q.withStatus(EntryStatus.ACCEPTED);
                case 1 -> q.withMedia(MediaKind.IMAGE);
                case 2 -> q.withLabeller("labeller" + r.nextInt(LABELLERS));
                case 3 -> q.withStatus(EntryStatus.NEW).withMedia(MediaKind.IMAGE);
                case 4 -> SearchQuery.all().withCategory(CATEGORIES[r.nextInt(CATEGORIES.length)]).withStatus(EntryStatus.ACCEPTED);
                default -> SearchQuery.all().withAttribute("skin-tone", "mst-" + (1 + r.nextInt(10))).withText(COLOURS[r.nextInt(COLOURS.length)]);
            };
            long a = System.nanoTime();
            hits += store.search().search(q).total();
            times[i] = System.nanoTime() - a;
            byKind[i % kinds.length][i / kinds.length] = times[i];
        }
        System.out.printf(Locale.ROOT, "| filtered search (words and/or status, media, labeller, category, attribute; first page of 20) | %d queries, "
                + "%.0f hits on average: median %.1f ms, "
                + "**p95 %.1f ms** |%n", count, (double) hits / count, percentile(times, 50), percentile(times, 95));
        for (int k = 0; k < kinds.length; k++) {
            System.out.printf(Locale.ROOT, "| &nbsp;&nbsp;%s | median %.1f ms, p95 %.1f ms |%n", kinds[k], percentile(byKind[k], 50), percentile(byKind[k], 95));
        }
    }

    /** A snapshot of every entry (seeded, stratified 80/10/10) and its COCO, YOLO and JSONL exports, media hard-linked. */
    private static void exportPhase(DatasetStore store, Path work) throws Exception {
        long t0 = System.nanoTime();
        Snapshot snapshot = store.snapshots().create("bench", SnapshotOptions.defaults().withFilter(SearchQuery.all()).withSeed(7), "admin");
        double snapshotSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "| snapshot (all entries, seeded and stratified 80/10/10) | %d entries in %.2f s |%n", snapshot.entryCount(),
                snapshotSeconds);
        for (ExportFormat format : ExportFormat.values()) {
            long t1 = System.nanoTime();
            ExportReport report = store.exporter().export("bench", work.resolve("export-" + format.name().toLowerCase(Locale.ROOT)),
                    ExportOptions.of(format).withMedia(ExportMedia.LINK));
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "| export %s (media hard-linked) | %d media files, %d annotations in %s%.2f s%s |%n", format.name(), report.media(),
                    report.annotations(), format == ExportFormat.COCO ? "**" : "", seconds, format == ExportFormat.COCO ? "**" : "");
        }
    }

    /** User plus system CPU time of this process, all threads, from /proc/self/stat (Linux; clock ticks of 10 ms). */
    private static long processCpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // utime, stime (fields 14 and 15)
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
