package ai.fvgs.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneFiles;

/**
 * The Studio's finished renders. Each render is an MP4 ({@code NAME.mp4}), the scene it was rendered from
 * ({@code NAME.scene.json}), optionally its guidance folder ({@code NAME-guidance}) and a side-car
 * ({@code NAME.render.json}) written last, when everything else is complete; a render is listed only once its
 * side-car exists, so an interrupted render never shows. Renders go to the library's own folder (by default
 * {@code renders} under the workbench data directory) or to a folder the user picks; the library remembers those
 * folders in {@code folders.txt} in its own folder, so it lists every render again after a restart. Safe to use
 * from several threads; listeners are told on the thread that made the change.
 */
public final class RenderLibrary {

    /** Suffix of the side-car files. */
    public static final String METADATA_SUFFIX = ".render.json";
    private static final String FORMAT = "fvgs-render";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneId.systemDefault());

    /**
     * Where a render's files go.
     *
     * @param name     file name without extension
     * @param scene    the scene to render, with the render's size and duration
     * @param video    the MP4
     * @param guidance the guidance folder, or null
     */
    public record Plan(String name, Scene scene, Path video, Path guidance) {
        /** @return the folder of the render */
        public Path folder() {
            return video.getParent();
        }
    }

    private final Path home;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @param home the library's own folder (created when the first render is planned) */
    public RenderLibrary(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** @return the library's own folder, the default place for new renders */
    public Path home() {
        return home;
    }

    /** @param listener told after a render was added or deleted */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Chooses the files of a new render: {@code <model name>-<yyyyMMdd-HHmmss>} in {@code folder}, with a number
     * added if that name is taken. Creates the folder and remembers it.
     *
     * @param scene    the scene to render
     * @param folder   where the render goes
     * @param guidance whether the guidance sequences are written too
     * @return the plan
     * @throws IOException if the folder cannot be created
     */
    public synchronized Plan plan(Scene scene, Path folder, boolean guidance) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        remember(dir);
        String base = slug(scene.avatar().name()) + "-" + STAMP.format(Instant.now());
        String name = base;
        for (int i = 2; taken(dir, name); i++) {
            name = base + "-" + i;
        }
        return new Plan(name, scene, dir.resolve(name + ".mp4"), guidance ? dir.resolve(name + "-guidance") : null);
    }

    private static boolean taken(Path dir, String name) {
        return Files.exists(dir.resolve(name + ".mp4")) || Files.exists(dir.resolve(name + METADATA_SUFFIX))
                || Files.exists(dir.resolve(name + "-guidance"));
    }

    /**
     * Records a render whose video (and guidance folder) is complete: writes its scene file and then its side-car.
     *
     * @param plan the render's plan
     * @return the listed render
     * @throws IOException if a file cannot be written; the render is then not listed
     */
    public RenderRecord complete(Plan plan) throws IOException {
        Path dir = plan.folder();
        Path sceneFile = dir.resolve(plan.name() + ".scene.json");
        SceneFiles.write(plan.scene(), sceneFile);
        Scene.Output o = plan.scene().output();
        RenderRecord record = new RenderRecord(plan.name(), plan.scene().avatar().name(), Instant.now(), o.width(), o.height(), o.fps(),
                o.duration(), Files.size(plan.video()), plan.video(), sceneFile, plan.guidance(), dir.resolve(plan.name() + METADATA_SUFFIX));
        writeAtomically(record.metadata(), toJson(record));
        listeners.forEach(Runnable::run);
        return record;
    }

    /**
     * @return every listed render in the library's folders, newest first; side-cars that cannot be read or whose
     *         video is gone are left out
     */
    public List<RenderRecord> list() {
        List<RenderRecord> out = new ArrayList<>();
        for (Path dir : folders()) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + METADATA_SUFFIX)) {
                for (Path p : s) {
                    RenderRecord r = read(p);
                    if (r != null) {
                        out.add(r);
                    }
                }
            } catch (IOException e) {
                System.getLogger(RenderLibrary.class.getName()).log(System.Logger.Level.WARNING, "cannot list renders in " + dir + ": " + e);
            }
        }
        out.sort(Comparator.comparing(RenderRecord::created).reversed().thenComparing(RenderRecord::name));
        return out;
    }

    /**
     * Deletes a render: its side-car first (so it is no longer listed), then its video, scene file and guidance
     * folder.
     *
     * @param record a listed render
     * @throws IOException naming the file that cannot be deleted
     */
    public void delete(RenderRecord record) throws IOException {
        Files.deleteIfExists(record.metadata());
        Files.deleteIfExists(record.video());
        Files.deleteIfExists(record.scene());
        if (record.guidance() != null && Files.isDirectory(record.guidance())) {
            try (Stream<Path> files = Files.walk(record.guidance())) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        listeners.forEach(Runnable::run);
    }

    /** @return the library's folder and every other folder rendered into, that still exist */
    public synchronized List<Path> folders() {
        Set<Path> out = new LinkedHashSet<>();
        out.add(home);
        Path list = home.resolve("folders.txt");
        if (Files.isRegularFile(list)) {
            try {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(Path.of(line.strip()));
                    }
                }
            } catch (IOException e) {
                System.getLogger(RenderLibrary.class.getName()).log(System.Logger.Level.WARNING, "cannot read " + list + ": " + e);
            }
        }
        return out.stream().filter(Files::isDirectory).toList();
    }

    private void remember(Path dir) throws IOException {
        Files.createDirectories(home);
        if (dir.equals(home) || folders().contains(dir)) {
            return;
        }
        Files.writeString(home.resolve("folders.txt"), dir + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "render" : s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static byte[] toJson(RenderRecord r) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = mapper.createObjectNode();
        o.put("format", FORMAT).put("version", 1);
        o.put("scene", r.sceneName()).put("created", r.created().toString());
        o.put("width", r.width()).put("height", r.height()).put("fps", r.fps()).put("duration", r.duration());
        o.put("video", r.video().getFileName().toString()).put("sceneFile", r.scene().getFileName().toString());
        o.put("guidance", r.guidance() == null ? null : r.guidance().getFileName().toString());
        return mapper.writeValueAsBytes(o);
    }

    private static RenderRecord read(Path metadata) {
        try {
            JsonNode o = new ObjectMapper().readTree(Files.readAllBytes(metadata));
            if (!FORMAT.equals(o.path("format").asText())) {
                return null;
            }
            Path dir = metadata.getParent();
            String file = metadata.getFileName().toString();
            String name = file.substring(0, file.length() - METADATA_SUFFIX.length());
            JsonNode guidance = o.path("guidance");
            Path video = dir.resolve(o.path("video").asText());
            if (!Files.isRegularFile(video)) {
                return null;
            }
            return new RenderRecord(name, o.path("scene").asText(name), Instant.parse(o.path("created").asText()), o.path("width").asInt(),
                    o.path("height").asInt(), o.path("fps").asInt(), o.path("duration").asDouble(), Files.size(video), video,
                    dir.resolve(o.path("sceneFile").asText()), guidance.isTextual() ? dir.resolve(guidance.asText()) : null, metadata);
        } catch (IOException | RuntimeException e) {
            System.getLogger(RenderLibrary.class.getName()).log(System.Logger.Level.WARNING, "cannot read render " + metadata + ": " + e);
            return null;
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
