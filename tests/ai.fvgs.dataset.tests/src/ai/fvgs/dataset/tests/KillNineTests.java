package ai.fvgs.dataset.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.AnnotationSet;
import ai.fvgs.dataset.AuditRecord;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Role;
import ai.fvgs.dataset.SearchPage;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.sdk.Progress;

/**
 * {@code kill -9} in the middle of an import and of labelling: a child JVM ({@link FaultChild}, on the class
 * path of the installed bundles) works on the database and reports each committed step on stdout; the test
 * kills it with SIGKILL, then opens the database and checks that everything reported is there, nothing is
 * half written, and the import finishes when run again. One subclass per database.
 */
abstract class KillNineTests extends DatabaseSuite {

    private static final int IMAGES = 300;
    private static final Pattern VERSION = Pattern.compile("^\\{\"version\":(\\d+),");

    @Test
    void aKilledImportKeepsWhatItCommittedAndFinishesWhenRunAgain() throws Exception {
        Path folder = work.resolve("shoot");
        Files.createDirectories(folder);
        Random random = new Random(7);
        for (int i = 0; i < IMAGES; i++) { // noise, so that no two pictures are duplicates or near duplicates
            BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 24; x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            ImageIO.write(image, "png", folder.resolve(String.format("look-%03d.png", i)).toFile());
        }
        try (DatasetStore store = open()) {
            assertEquals(0, store.search().search(SearchQuery.all()).total()); // the schema exists before the child starts
        }

        Child child = Child.start(work, "import", db.url(), work.resolve("media").toString(), folder.toString());
        List<String> lines = child.readUntil(l -> l.startsWith("progress 0 ")); // the first commit
        lines.addAll(child.kill());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("done")), "the import must be killed before it ends: " + lines);
        List<String> reached = lines.stream().filter(l -> l.startsWith("progress ")).map(l -> l.split(" ", 3)[2]).toList();
        assertFalse(reached.isEmpty(), lines.toString());
        // progress is reported after each commit, so the last file reported and every file before it are committed
        int lastCommitted = Integer.parseInt(reached.get(reached.size() - 1).replaceAll(".*look-(\\d+)$", "$1"));

        try (DatasetStore store = open()) {
            SearchPage all = store.search().search(SearchQuery.all().withPage(1, 1000));
            long committed = all.total();
            assertTrue(committed > lastCommitted && committed < IMAGES, committed + " entries after a commit up to look-" + lastCommitted);
            Set<String> names = new HashSet<>();
            for (DatasetEntry e : all.entries()) {
                assertEquals(1, e.media().size(), "entry " + e.id() + " has its media row");
                MediaItem m = e.media().get(0);
                assertTrue(store.media().exists(m.sha256()), "entry " + e.id() + ": media file " + m.sha256() + " is in the store");
                assertEquals(m.sizeBytes(), Files.size(store.media().path(m.sha256())), "entry " + e.id() + ": the whole file");
                assertTrue(Files.isRegularFile(store.media().thumbnailPath(m.sha256(), 256)), "entry " + e.id() + " has its thumbnail");
                assertTrue(names.add(m.originalName()), "imported once: " + m.originalName());
            }
            for (int i = 0; i <= lastCommitted; i++) {
                String name = String.format("look-%03d.png", i);
                assertTrue(names.contains(name), name + " was committed before the kill but is not in the dataset");
            }

            ImportReport again = store.importer().run(folder, ImportOptions.defaults("importer"), Progress.NONE);
            assertTrue(again.resumed(), "the killed batch is continued");
            assertEquals(committed, again.alreadyImported());
            assertEquals(IMAGES - committed, again.entriesCreated());
            assertEquals(List.of(), again.problems().stream().filter(p -> p.kind() != ImportProblem.Kind.NEAR_DUPLICATE).toList());
            SearchPage finished = store.search().search(SearchQuery.all().withPage(1, 1000));
            assertEquals(IMAGES, finished.total());
            assertEquals(IMAGES, finished.entries().stream().map(e -> e.media().get(0).originalName()).distinct().count(), "no duplicates");
        }
    }

    @Test
    void killedLabellingLosesNoCommittedSaveOrTransition() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (DatasetStore store = open()) {
            store.addUser("ada", Role.LABELLER, "root");
            store.addUser("bea", Role.LABELLER, "root");
            store.addUser("boss", Role.ADMIN, "root");
            Path f = work.resolve("look.png");
            Files.writeString(f, "png bytes", StandardCharsets.UTF_8);
            String sha = store.media().put(f);
            for (int i = 0; i < 7; i++) {
                ids.add(store.create(new NewEntry(null, List.of(MediaItem.image(sha, 9, "image/png", 640, 960, "look.png")),
                        List.of(new EntryText(TextKind.CAPTION, "en", "look " + i)), new Provenance("test", null, null, Consent.UNKNOWN, null, null)),
                        "importer").id());
            }
        }

        Child child = Child.start(work, "label", db.url(), work.resolve("media").toString());
        List<String> lines = child.readUntil(l -> l.startsWith("saved ") && Integer.parseInt(l.split(" ")[4]) >= 150);
        lines.addAll(child.kill());
        assertFalse(lines.contains("done"), "the loop must be killed before it ends");

        // what the child reported: entry -> version -> the line
        Map<Long, Map<Long, String[]>> reported = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            reported.computeIfAbsent(Long.parseLong(f[1]), k -> new HashMap<>()).put(Long.parseLong(f[2]), f);
        }
        assertEquals(ids.size(), reported.size(), "every entry was worked on");
        try (DatasetStore store = open()) {
            assertEquals(DatasetStore.latestSchemaVersion(), store.schemaVersion());
            for (long id : ids) {
                DatasetEntry entry = store.entry(id).orElseThrow();
                List<AuditRecord> history = store.entryHistory(id);
                Map<Long, AuditRecord> byVersion = new HashMap<>();
                for (AuditRecord r : history) {
                    Matcher m = VERSION.matcher(r.after());
                    assertTrue(m.find(), r.after());
                    assertEquals(null, byVersion.put(Long.parseLong(m.group(1)), r), "one change per version");
                }
                assertEquals(entry.version(), byVersion.size(), "entry " + id + ": versions 1 to " + entry.version() + " each have their change");
                for (long v = 1; v <= entry.version(); v++) {
                    assertTrue(byVersion.containsKey(v), "entry " + id + " version " + v);
                }
                for (Map.Entry<Long, String[]> step : reported.get(id).entrySet()) {
                    String[] f = step.getValue();
                    AuditRecord r = byVersion.get(step.getKey());
                    assertTrue(r != null, "reported " + String.join(" ", f) + " but entry " + id + " is at version " + entry.version());
                    if (f[0].equals("saved")) {
                        assertEquals("annotate", r.action());
                        assertTrue(r.after().contains("\"labeller\":\"" + f[3] + "\"") && r.after().contains("\"value\":\"" + f[4] + "\""), r.after());
                    } else {
                        assertEquals("transition", r.action());
                        assertTrue(r.after().contains("\"status\":\"" + f[3] + "\""), r.after());
                    }
                }
                // the stored state is the state of the last change
                AuditRecord lastTransition = null;
                Map<String, AuditRecord> lastSave = new HashMap<>();
                for (long v = 1; v <= entry.version(); v++) {
                    AuditRecord r = byVersion.get(v);
                    if (r.action().equals("transition") || r.action().equals("create")) {
                        lastTransition = r;
                    } else if (r.action().equals("annotate")) {
                        lastSave.put(r.after().contains("\"labeller\":\"ada\"") ? "ada" : "bea", r);
                    }
                }
                assertTrue(lastTransition.after().contains("\"status\":\"" + entry.status().label() + "\""), lastTransition.after());
                for (AnnotationSet set : store.annotations().read(id).sets()) {
                    String iteration = ((Annotation.Attribute) set.annotations().get(0)).value();
                    assertTrue(lastSave.get(set.labeller()).after().contains("\"value\":\"" + iteration + "\""),
                            "entry " + id + ": " + set.labeller() + "'s stored set is the last saved one");
                    assertEquals(2, set.annotations().size());
                }
            }
        }
    }

    /** The child JVM and its stdout. */
    private record Child(Process process, BufferedReader out, ScheduledExecutorService watchdog, Path err) {

        static Child start(Path work, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-Djava.awt.headless=true", "-cp", String.join(File.pathSeparator, classPath()), FaultChild.class.getName()));
            command.addAll(List.of(args));
            Path err = work.resolve("child-stderr.txt");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
            watchdog.schedule(p::destroyForcibly, 180, TimeUnit.SECONDS); // never leave it running
            return new Child(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)), watchdog, err);
        }

        /** @return the lines up to and including the first one that matches */
        List<String> readUntil(Predicate<String> stop) throws IOException, InterruptedException {
            List<String> lines = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (stop.test(line)) {
                    return lines;
                }
            }
            process.destroyForcibly();
            watchdog.shutdownNow();
            throw new AssertionError("the child ended before it got far enough; stdout: " + lines + "\nstderr: " + Files.readString(err));
        }

        /**
         * Sends SIGKILL (destroyForcibly on Linux), through the process handle: Process.destroyForcibly would also
         * close our end of its stdout and lose the lines still in the pipe.
         *
         * @return the lines it wrote before it died
         */
        List<String> kill() throws IOException, InterruptedException {
            assertTrue(process.toHandle().destroyForcibly(), "SIGKILL sent");
            try {
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child did not die");
            } finally {
                watchdog.shutdownNow();
            }
            List<String> rest = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                rest.add(line);
            }
            assertEquals(128 + 9, process.exitValue(), "the child died of SIGKILL (exit 128 + 9); stderr: " + Files.readString(err));
            return rest;
        }
    }

    /**
     * The class path of the bundles installed in this framework (jars, or for bundles run from their project
     * folder, the class folders named in the framework's development properties) plus the framework itself,
     * whose org.osgi.framework classes the dataset bundle refers to.
     */
    private static List<String> classPath() throws IOException {
        Path installArea = fileOf(System.getProperty("osgi.install.area"));
        Properties dev = new Properties();
        String devUrl = System.getProperty("osgi.dev");
        if (devUrl != null && devUrl.startsWith("file:")) {
            try (InputStream in = Files.newInputStream(fileOf(devUrl))) {
                dev.load(in);
            }
        }
        List<String> cp = new ArrayList<>();
        cp.add(fileOf(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toString()).toString());
        for (Bundle b : FrameworkUtil.getBundle(KillNineTests.class).getBundleContext().getBundles()) {
            String location = b.getLocation();
            if (b.getBundleId() == 0 || !location.contains("file:")) {
                continue;
            }
            Path p = Path.of(location.substring(location.indexOf("file:") + 5));
            if (!p.isAbsolute()) {
                p = installArea.resolve(p).normalize();
            }
            if (Files.isDirectory(p) && dev.getProperty(b.getSymbolicName()) != null) {
                for (String entry : dev.getProperty(b.getSymbolicName()).split(",")) {
                    cp.add(p.resolve(entry.trim()).toString());
                }
            } else {
                cp.add(p.toString());
            }
        }
        return cp;
    }

    private static Path fileOf(String url) {
        return Path.of(url.substring(url.indexOf("file:") + 5));
    }
}
