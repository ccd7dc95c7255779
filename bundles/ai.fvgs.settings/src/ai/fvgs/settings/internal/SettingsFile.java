package ai.fvgs.settings.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import ai.fvgs.settings.WorkbenchSettings;

/** Reads and atomically rewrites the settings properties file. */
final class SettingsFile {

    private static final Set<String> KEYS = Set.of(WorkbenchSettings.DATA_DIR, WorkbenchSettings.DATABASE_URL);

    private final Path file;

    SettingsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    synchronized Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                System.getLogger(SettingsFile.class.getName()).log(System.Logger.Level.WARNING,
                        "settings file " + file + " cannot be read, using defaults: " + e.getMessage());
            }
        }
        return p;
    }

    synchronized void store(Map<String, String> changes) throws IOException {
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown setting '" + e.getKey() + "'; allowed: " + KEYS);
            }
            if (e.getValue() != null && e.getValue().contains("\n")) {
                throw new IllegalArgumentException("setting " + e.getKey() + " must be a single line");
            }
        }
        Properties p = load();
        changes.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                p.remove(k);
            } else {
                p.setProperty(k, v.strip());
            }
        });
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".settings", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "AI-FVGS Workbench settings");
            }
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
