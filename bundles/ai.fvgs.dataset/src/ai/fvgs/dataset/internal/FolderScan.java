package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the entries of a folder import: every image and video below the folder, grouped with the
 * {@code .txt} and {@code .json} side-cars of the same base name in the same folder. Hidden files and
 * folders (names starting with a dot) are skipped; other files are reported as unsupported. Groups come in
 * the order of their relative paths, so every run sees the same order.
 */
final class FolderScan {

    private FolderScan() {
    }

    /**
     * @param folder the folder
     * @return its groups, sorted by relative path
     * @throws IOException if the folder cannot be listed
     */
    static List<ImportGroup> scan(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Map<String, List<Path>> byBase = new TreeMap<>();
        List<ImportGroup> unsupported = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = relative(root, file);
                if (hidden(rel)) {
                    continue;
                }
                String ext = MediaFiles.extension(file);
                if (MediaFiles.isMedia(file) || ext.equals("txt") || ext.equals("json")) {
                    byBase.computeIfAbsent(rel.substring(0, rel.length() - ext.length() - 1), k -> new ArrayList<>()).add(file);
                } else {
                    unsupported.add(new ImportGroup(sourceKey("folder", root, rel), rel, List.of(file), List.of(), ImportFields.NONE,
                            "unsupported file type" + (ext.isEmpty() ? " (no extension)" : " ." + ext)
                                    + "; allowed: jpg, jpeg, png, webp, mp4, mov, webm, mkv with .txt and .json side-cars"));
                }
            }
        }
        List<ImportGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : byBase.entrySet()) {
            List<Path> media = new ArrayList<>();
            List<Path> sidecars = new ArrayList<>();
            for (Path f : e.getValue()) {
                (MediaFiles.isMedia(f) ? media : sidecars).add(f);
            }
            // the .txt caption first, then the .json texts
            sidecars.sort(java.util.Comparator.comparing((Path f) -> MediaFiles.extension(f).equals("json")).thenComparing(Path::toString));
            groups.add(new ImportGroup(sourceKey("folder", root, e.getKey()), e.getKey(), media, sidecars, ImportFields.NONE, null));
        }
        groups.addAll(unsupported);
        groups.sort(java.util.Comparator.comparing(ImportGroup::label));
        return groups;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean hidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    /**
     * @param kind   {@code folder} or {@code manifest}
     * @param source the folder or manifest, absolute
     * @param local  what identifies the entry within the source
     * @return {@code kind:source!local}, or for more than 1000 characters {@code kind-sha256:<hash of that>}
     */
    static String sourceKey(String kind, Path source, String local) {
        String key = kind + ":" + source + "!" + local;
        if (key.length() <= 1000) {
            return key;
        }
        try {
            return kind + "-sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
