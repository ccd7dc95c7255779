package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.DatasetException;

/**
 * Reads CSV and JSONL manifests: one entry per CSV record or JSONL line, with its files (relative to the
 * manifest's folder, or absolute), texts and provenance. A malformed line becomes a group with an error;
 * the other lines are still imported.
 */
final class ManifestReader {

    private static final Set<String> COLUMNS;
    static {
        Set<String> c = new TreeSet<>(ImportFields.NAMES);
        c.add("file");
        c.add("files");
        c.add("key");
        COLUMNS = c;
    }

    private ManifestReader() {
    }

    /** @param file a file @return whether its extension makes it a manifest */
    static boolean isManifest(Path file) {
        String ext = MediaFiles.extension(file);
        return ext.equals("csv") || ext.equals("jsonl");
    }

    /**
     * @param manifest a {@code .csv} or {@code .jsonl} file
     * @return one group per line, in file order
     * @throws DatasetException if the file cannot be read, is not UTF-8, or its CSV header is malformed
     */
    static List<ImportGroup> read(Path manifest) throws DatasetException {
        Path abs = manifest.toAbsolutePath().normalize();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(abs))).toString();
        } catch (CharacterCodingException e) {
            throw new DatasetException("manifest " + abs + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new DatasetException("manifest " + abs + " cannot be read: " + e.getMessage(), e);
        }
        return MediaFiles.extension(abs).equals("csv") ? csv(abs, text) : jsonl(abs, text);
    }

    private static List<ImportGroup> csv(Path manifest, String text) throws DatasetException {
        List<CsvRecords.Row> rows = CsvRecords.parse(text);
        if (rows.isEmpty()) {
            throw new DatasetException("manifest " + manifest + " is empty; the first line must name the columns, e.g. file,caption,licence");
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        for (String h : header) {
            if (!COLUMNS.contains(h)) {
                throw new DatasetException("manifest " + manifest + " has an unknown column '" + h + "'; allowed: " + String.join(", ", COLUMNS));
            }
        }
        if (!header.contains("file") && !header.contains("files")) {
            throw new DatasetException("manifest " + manifest + " has no 'file' or 'files' column; columns: " + String.join(", ", header));
        }
        List<ImportGroup> groups = new ArrayList<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            String label = manifest.getFileName() + ":" + row.line();
            if (row.error() != null) {
                groups.add(failed(manifest, row.line(), label, "malformed CSV line: " + row.error()));
            } else if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                continue; // blank line
            } else if (row.fields().size() != header.size()) {
                groups.add(failed(manifest, row.line(), label,
                        "malformed CSV line: " + row.fields().size() + " fields, the header has " + header.size()));
            } else {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), row.fields().get(i));
                }
                groups.add(group(manifest, row.line(), label, values, ImportFields.of(values)));
            }
        }
        return groups;
    }

    private static List<ImportGroup> jsonl(Path manifest, String text) {
        ObjectMapper mapper = new ObjectMapper();
        List<ImportGroup> groups = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String label = manifest.getFileName() + ":" + line;
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(lines[i]);
                ImportFields fields = ImportFields.of(node, "JSONL line");
                Map<String, String> values = new LinkedHashMap<>();
                var names = node.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!COLUMNS.contains(name)) {
                        throw new ImportFailure("malformed JSONL line: unknown field \"" + name + "\"; allowed: " + String.join(", ", COLUMNS));
                    }
                }
                values.put("file", text(node, "file"));
                if (node.has("files")) {
                    if (!node.get("files").isArray()) {
                        throw new ImportFailure("malformed JSONL line: \"files\" must be an array of paths");
                    }
                    List<String> files = new ArrayList<>();
                    for (JsonNode f : node.get("files")) {
                        files.add(f.asText());
                    }
                    values.put("files", String.join("|", files));
                }
                values.put("key", text(node, "key"));
                groups.add(group(manifest, line, label, values, fields));
            } catch (JsonProcessingException e) {
                groups.add(failed(manifest, line, label, "malformed JSONL line: " + e.getOriginalMessage()));
            } catch (ImportFailure e) {
                groups.add(failed(manifest, line, label, e.getMessage()));
            }
        }
        return groups;
    }

    private static String text(JsonNode node, String name) throws ImportFailure {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ImportFailure("malformed JSONL line: \"" + name + "\" must be a string");
        }
        return v.asText();
    }

    /** Builds the group of one line; {@code files} separates paths with {@code |}. */
    private static ImportGroup group(Path manifest, int line, String label, Map<String, String> values, ImportFields fields) {
        List<String> names = new ArrayList<>();
        for (String column : List.of("file", "files")) {
            String v = values.get(column);
            if (v != null && !v.isBlank()) {
                for (String part : v.split("\\|")) {
                    if (!part.isBlank()) {
                        names.add(part.strip());
                    }
                }
            }
        }
        String key = values.get("key");
        String local = key != null && !key.isBlank() ? "key=" + key.strip() : names.isEmpty() ? "line=" + line : "files=" + String.join("|", names);
        List<Path> media = new ArrayList<>();
        for (String name : names) {
            try {
                Path p = manifest.getParent().resolve(name).normalize();
                if (!MediaFiles.isMedia(p)) {
                    return failed(manifest, line, label, "unsupported file type of '" + name + "'; allowed: jpg, jpeg, png, webp, mp4, mov, webm, mkv");
                }
                media.add(p);
            } catch (InvalidPathException e) {
                return failed(manifest, line, label, "malformed manifest line: '" + name + "' is not a file path");
            }
        }
        return new ImportGroup(FolderScan.sourceKey("manifest", manifest, local), label, media, List.of(), fields, null);
    }

    private static ImportGroup failed(Path manifest, int line, String label, String reason) {
        return new ImportGroup(FolderScan.sourceKey("manifest", manifest, "line=" + line), label, List.of(), List.of(), ImportFields.NONE, reason);
    }
}
