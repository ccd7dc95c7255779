package ai.fvgs.dataset.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.ImportProblem.Kind;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.KeypointLayout;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.MediaStore;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.Shape;
import ai.fvgs.sdk.Progress;

/**
 * One run of a COCO import: every image of the COCO file becomes an entry (its file stored in the media
 * store), and the image's annotations become the annotation set of one labeller, committed together with the
 * entry and the batch's counters. The source key is {@code coco:<absolute file>!<image id>}, so a re-run skips
 * what was imported. A malformed category, attribute, image or annotation is reported with its JSON path and
 * left out; the rest is imported.
 */
public final class CocoImportRun {

    private final Database db;
    private final MediaStore media;
    private final ImportOptions options;
    private final List<ImportProblem> problems = new ArrayList<>();
    private Path file;
    private String fileName;

    /** A COCO category: its label and keypoint names (empty when it has none). */
    private record Category(Label label, List<String> keypoints) {
    }

    /** A COCO image that passed the checks. */
    private record Image(int index, long id, String fileName, int width, int height, String licence, List<Long> attributeIds,
            List<Annotation> regions) {
    }

    /**
     * @param db      the database
     * @param media   the media store
     * @param options provenance and actor
     */
    public CocoImportRun(Database db, MediaStore media, ImportOptions options) {
        this.db = db;
        this.media = media;
        this.options = options;
    }

    /**
     * @param cocoFile  the COCO JSON file
     * @param imagesDir the folder that {@code file_name}s are relative to
     * @param labeller  the user whose annotation sets the annotations become
     * @param progress  progress and cancellation (after the current image)
     * @return what this run did
     * @throws DatasetException      if the file cannot be read or is not COCO JSON, the folder does not exist, the
     *                               labeller is not a user, or the database or media store fails
     * @throws CancellationException if cancelled; what was imported stays, and a re-run continues
     */
    public ImportReport run(Path cocoFile, Path imagesDir, String labeller, Progress progress) throws DatasetException {
        file = cocoFile.toAbsolutePath().normalize();
        fileName = file.toString();
        Path images = imagesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(images)) {
            throw new DatasetException("images folder " + images + " of COCO file " + file + " does not exist or is not a folder");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new DatasetException("COCO file " + file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DatasetException("COCO file " + file + " cannot be read: " + e, e);
        }
        if (root == null || !root.isObject() || !root.path("images").isArray()) {
            throw new DatasetException("COCO file " + file + " has no $.images array; a COCO file is an object with images, annotations and categories");
        }
        if (db.transaction(c -> UserTable.find(c, labeller)).isEmpty()) {
            throw new DatasetException("labeller '" + labeller + "' is not a user of this dataset; add one with: fvgs dataset users add "
                    + labeller + " --role labeller");
        }
        Map<Long, Category> categories = categories(root.path("categories"));
        Map<Long, Annotation> attributes = attributes(root.path("attributes"));
        Map<Long, String> licences = new HashMap<>();
        for (JsonNode l : root.path("licenses")) {
            if (l.path("id").canConvertToLong() && l.path("name").isTextual()) {
                licences.put(l.get("id").asLong(), l.get("name").asText());
            }
        }
        Map<Long, Image> byId = images(root.path("images"), licences, attributes);
        annotations(root.path("annotations"), byId, categories, attributes);

        ImportBatches.Batch batch = db.transaction(c -> ImportBatches.start(c, fileName, "coco", options.actor(), now()));
        List<ImportProblem> early = new ArrayList<>(problems);
        db.transaction(c -> {
            ImportBatches.record(c, batch.id(), new ImportBatches.Counts(0, 0, 0, 0, 0, early.size()), early, now());
            return null;
        });
        Provenance defaults = options.provenance();
        int created = 0;
        int already = 0;
        List<Image> todo = new ArrayList<>(byId.values());
        for (int i = 0; i < todo.size(); i++) {
            if (progress.isCancelled()) {
                db.transaction(c -> {
                    ImportBatches.finish(c, batch.id(), "cancelled", now());
                    return null;
                });
                throw new CancellationException("COCO import of " + file + " cancelled after " + i + " of " + todo.size()
                        + " images; run it again to continue");
            }
            Image im = todo.get(i);
            progress.report((double) i / todo.size(), im.fileName());
            String key = "coco:" + clip(fileName, 960) + "!" + im.id();
            if (db.transaction(c -> Entries.idBySourceKey(c, key)).isPresent()) {
                already++;
                commit(batch.id(), new ImportBatches.Counts(1, 0, 1, 0, 0, 0), List.of(), null, 0, List.of(), labeller);
                continue;
            }
            String where = fileName + ":$.images[" + im.index() + "]";
            Path path = images.resolve(im.fileName()).normalize();
            MediaFiles.Stored stored;
            try {
                if (!path.startsWith(images) || !Files.isRegularFile(path)) {
                    throw new ImportFailure("file_name '" + im.fileName() + "': image file " + path + " not found");
                }
                if (!MediaFiles.IMAGE_EXTENSIONS.contains(MediaFiles.extension(path))) {
                    throw new ImportFailure("file_name '" + im.fileName() + "' is not an image; allowed: " + String.join(", ", MediaFiles.IMAGE_EXTENSIONS));
                }
                stored = MediaFiles.store(path, media);
                if (stored.item().width() != im.width() || stored.item().height() != im.height()) {
                    throw new ImportFailure("width x height " + im.width() + " x " + im.height() + " do not match the image file " + path + " ("
                            + stored.item().width() + " x " + stored.item().height() + ")");
                }
            } catch (ImportFailure e) {
                fail(batch.id(), new ImportProblem(where, Kind.ERROR, e.getMessage(), null));
                continue;
            } catch (IOException e) {
                throw new DatasetException("media store " + media.root() + " cannot store " + path + ": " + e.getMessage(), e);
            }
            Optional<Long> other = db.transaction(c -> ImportBatches.entryWithMedia(c, stored.item().sha256()));
            if (other.isPresent()) {
                ImportProblem p = new ImportProblem(where, Kind.DUPLICATE, "exact duplicate (same SHA-256) of entry " + other.get()
                        + "; not imported again, nor its annotations", other.get());
                commit(batch.id(), new ImportBatches.Counts(1, 0, 0, 1, 0, 0), List.of(p), null, 0, List.of(), labeller);
                continue;
            }
            List<Annotation> set = new ArrayList<>();
            TreeSet<Long> attributeIds = new TreeSet<>(im.attributeIds());
            for (long id : attributeIds) {
                set.add(attributes.get(id));
            }
            set.addAll(im.regions());
            Provenance p = new Provenance(defaults.source() != null ? defaults.source() : clip(fileName, 2000),
                    im.licence() != null ? im.licence() : defaults.licence(), defaults.rightsHolder(), defaults.consent(), defaults.creator(),
                    batch.id());
            NewEntry entry = new NewEntry(key, List.of(stored.item()), List.of(), p);
            commit(batch.id(), new ImportBatches.Counts(1, 1, 0, 0, 0, 0), List.of(), entry, stored.perceptualHash(), set, labeller);
            created++;
        }
        db.transaction(c -> {
            ImportBatches.finish(c, batch.id(), "completed", now());
            return null;
        });
        progress.report(1, "imported " + created + " images");
        return new ImportReport(batch.id(), batch.resumed(), todo.size(), created, already, problems);
    }

    private Map<Long, Category> categories(JsonNode array) {
        Map<Long, Category> out = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String where = "$.categories[" + i + "]";
            if (!n.path("id").canConvertToLong() || !n.path("id").isIntegralNumber()) {
                problem(where + ".id", "missing or not a whole number; the category is left out");
                continue;
            }
            try {
                Label label = Label.of(n.path("name").isTextual() ? n.get("name").asText() : null);
                List<String> keypoints = new ArrayList<>();
                n.path("keypoints").forEach(k -> keypoints.add(k.asText()));
                if (out.put(n.get("id").asLong(), new Category(label, keypoints)) != null) {
                    problem(where + ".id", "category id " + n.get("id").asLong() + " is used twice; the later one counts");
                }
            } catch (IllegalArgumentException e) {
                problem(where + ".name", e.getMessage() + "; the category is left out");
            }
        }
        return out;
    }

    /** Attributes with supercategory {@code tag} (or none) become tags, the others attributes with the name as value. */
    private Map<Long, Annotation> attributes(JsonNode array) {
        Map<Long, Annotation> out = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String where = "$.attributes[" + i + "]";
            if (!n.path("id").isIntegralNumber()) {
                problem(where + ".id", "missing or not a whole number; the attribute is left out");
                continue;
            }
            try {
                String name = n.path("name").isTextual() ? n.get("name").asText() : null;
                String sup = n.path("supercategory").isTextual() ? n.get("supercategory").asText() : "";
                Annotation a = sup.isBlank() || sup.equals(LabelIds.TAG) ? new Annotation.Tag(Label.of(name))
                        : new Annotation.Attribute(Label.of(sup), name);
                out.put(n.get("id").asLong(), a);
            } catch (IllegalArgumentException e) {
                problem(where, e.getMessage() + "; the attribute is left out");
            }
        }
        return out;
    }

    private Map<Long, Image> images(JsonNode array, Map<Long, String> licences, Map<Long, Annotation> attributes) {
        Map<Long, Image> out = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String where = "$.images[" + i + "]";
            if (!n.path("id").isIntegralNumber()) {
                problem(where + ".id", "missing or not a whole number; the image is left out");
                continue;
            }
            long id = n.get("id").asLong();
            if (out.containsKey(id)) {
                problem(where + ".id", "image id " + id + " is used twice (first at $.images[" + out.get(id).index() + "]); this one is left out");
                continue;
            }
            if (!n.path("file_name").isTextual() || n.get("file_name").asText().isBlank()) {
                problem(where + ".file_name", "missing; the image is left out");
                continue;
            }
            if (!n.path("width").isIntegralNumber() || n.get("width").asInt() <= 0 || !n.path("height").isIntegralNumber() || n.get("height").asInt() <= 0) {
                problem(where, "width and height must be positive whole numbers (got " + n.path("width") + " x " + n.path("height")
                        + "); the image is left out");
                continue;
            }
            List<Long> attributeIds = attributeIds(n.path("attribute_ids"), where + ".attribute_ids", attributes);
            String licence = n.path("license").canConvertToLong() ? licences.get(n.get("license").asLong()) : null;
            out.put(id, new Image(i, id, n.get("file_name").asText(), n.get("width").asInt(), n.get("height").asInt(), licence, attributeIds,
                    new ArrayList<>()));
        }
        return out;
    }

    private List<Long> attributeIds(JsonNode ids, String where, Map<Long, Annotation> attributes) {
        List<Long> out = new ArrayList<>();
        if (ids.isMissingNode() || ids.isNull()) {
            return out;
        }
        if (!ids.isArray()) {
            problem(where, "must be an array of attribute ids; left out");
            return out;
        }
        for (int k = 0; k < ids.size(); k++) {
            JsonNode id = ids.get(k);
            if (!id.isIntegralNumber() || !attributes.containsKey(id.asLong())) {
                problem(where + "[" + k + "]", "attribute id " + id + " is not in $.attributes; left out");
            } else {
                out.add(id.asLong());
            }
        }
        return out;
    }

    private void annotations(JsonNode array, Map<Long, Image> images, Map<Long, Category> categories, Map<Long, Annotation> attributes) {
        for (int j = 0; j < array.size(); j++) {
            JsonNode n = array.get(j);
            String where = "$.annotations[" + j + "]";
            Image image = n.path("image_id").isIntegralNumber() ? images.get(n.get("image_id").asLong()) : null;
            if (image == null) {
                problem(where + ".image_id", "image id " + n.path("image_id") + " is not an image of $.images (or that image was left out); "
                        + "the annotation is left out");
                continue;
            }
            Category category = n.path("category_id").isIntegralNumber() ? categories.get(n.get("category_id").asLong()) : null;
            if (category == null) {
                problem(where + ".category_id", "category id " + n.path("category_id") + " is not in $.categories; the annotation is left out");
                continue;
            }
            try {
                List<Annotation> converted = convert(n, category, image, where);
                image.regions().addAll(converted);
                image.attributeIds().addAll(attributeIds(n.path("attribute_ids"), where + ".attribute_ids", attributes));
            } catch (ImportFailure e) {
                problem(e.getMessage().substring(0, e.getMessage().indexOf(' ')), e.getMessage().substring(e.getMessage().indexOf(' ') + 1)
                        + "; the annotation is left out");
            }
        }
    }

    /** @throws ImportFailure with the message "PATH reason" */
    private static List<Annotation> convert(JsonNode n, Category category, Image image, String where) throws ImportFailure {
        List<Annotation> out = new ArrayList<>();
        JsonNode kp = n.path("keypoints");
        if (kp.isArray() && !kp.isEmpty()) {
            if (kp.size() % 3 != 0 || !category.keypoints().isEmpty() && kp.size() != 3 * category.keypoints().size()) {
                throw new ImportFailure(where + ".keypoints has " + kp.size() + " numbers; it needs x, y, v for each of the "
                        + (category.keypoints().isEmpty() ? "points" : category.keypoints().size() + " keypoints of category " + category.label().name()));
            }
            List<Shape.Keypoint> points = new ArrayList<>();
            try {
                for (int i = 0; i < kp.size(); i += 3) {
                    points.add(new Shape.Keypoint(number(kp.get(i), where + ".keypoints[" + i + "]"), number(kp.get(i + 1), where + ".keypoints[" + (i + 1) + "]"),
                            Shape.Visibility.ofCode(kp.get(i + 2).isIntegralNumber() ? kp.get(i + 2).asInt() : -1)));
                }
                out.add(new Annotation.Region(0, category.label(), new Shape.Keypoints(layout(category), points)));
            } catch (IllegalArgumentException e) {
                throw new ImportFailure(where + ".keypoints " + e.getMessage(), e);
            }
        }
        JsonNode seg = n.path("segmentation");
        if (seg.isArray()) {
            for (int p = 0; p < seg.size(); p++) {
                JsonNode poly = seg.get(p);
                String at = where + ".segmentation[" + p + "]";
                if (!poly.isArray() || poly.size() < 6 || poly.size() % 2 != 0) {
                    throw new ImportFailure(at + " must be a polygon [x1, y1, x2, y2, ...] with at least 3 points");
                }
                List<Shape.Point> points = new ArrayList<>();
                for (int i = 0; i < poly.size(); i += 2) {
                    points.add(new Shape.Point(number(poly.get(i), at + "[" + i + "]"), number(poly.get(i + 1), at + "[" + (i + 1) + "]")));
                }
                try {
                    out.add(new Annotation.Region(0, category.label(), new Shape.Polygon(points)));
                } catch (IllegalArgumentException e) {
                    throw new ImportFailure(at + " " + e.getMessage(), e);
                }
            }
        } else if (seg.isObject()) {
            String at = where + ".segmentation";
            JsonNode size = seg.path("size");
            if (!size.isArray() || size.size() != 2 || size.get(0).asInt() != image.height() || size.get(1).asInt() != image.width()) {
                throw new ImportFailure(at + ".size " + size + " must be [height, width] of its image, [" + image.height() + ", " + image.width() + "]");
            }
            JsonNode counts = seg.path("counts");
            long[] runs;
            try {
                if (counts.isTextual()) {
                    runs = MaskBits.decompress(counts.asText());
                } else if (counts.isArray()) {
                    runs = new long[counts.size()];
                    for (int i = 0; i < runs.length; i++) {
                        if (!counts.get(i).isIntegralNumber()) {
                            throw new IllegalArgumentException("count " + counts.get(i) + " at " + i + " is not a whole number");
                        }
                        runs[i] = counts.get(i).asLong();
                    }
                } else {
                    throw new IllegalArgumentException("missing; give run lengths (an array) or a compressed RLE string");
                }
                String rle = MaskBits.ofColumnMajor(runs, image.width(), image.height()).rowMajor();
                out.add(Annotation.Mask.rle(0, category.label(), rle));
            } catch (IllegalArgumentException e) {
                throw new ImportFailure(at + ".counts " + e.getMessage(), e);
            }
        } else if (!seg.isMissingNode() && !seg.isNull()) {
            throw new ImportFailure(where + ".segmentation must be a list of polygons or an RLE object");
        }
        if (out.isEmpty()) {
            JsonNode bbox = n.path("bbox");
            if (!bbox.isArray() || bbox.size() != 4) {
                throw new ImportFailure(where + ".bbox " + (bbox.isMissingNode() ? "is missing" : bbox + " is not allowed")
                        + "; an annotation without segmentation or keypoints needs a bbox [x, y, width, height]");
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = number(bbox.get(i), where + ".bbox[" + i + "]");
            }
            try {
                out.add(new Annotation.Region(0, category.label(), new Shape.Box(v[0], v[1], v[2], v[3])));
            } catch (IllegalArgumentException e) {
                throw new ImportFailure(where + ".bbox " + bbox + " is not allowed: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static double number(JsonNode n, String where) throws ImportFailure {
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new ImportFailure(where + " " + n + " is not a number");
        }
        return n.asDouble();
    }

    /** @return the built-in layout with the category's keypoint names, else a layout named after the category */
    private static String layout(Category category) {
        for (KeypointLayout l : List.of(KeypointLayout.COCO_17, KeypointLayout.GARMENT_8)) {
            if (l.points().equals(category.keypoints())) {
                return l.name();
            }
        }
        String name = category.label().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        name = name.length() > 64 ? name.substring(0, 64) : name;
        return name.isEmpty() ? "coco-keypoints" : name;
    }

    private void problem(String path, String reason) {
        problems.add(new ImportProblem(fileName + ":" + path, Kind.ERROR, reason, null));
    }

    private void fail(long batchId, ImportProblem p) throws DatasetException {
        commit(batchId, new ImportBatches.Counts(1, 0, 0, 0, 0, 1), List.of(p), null, 0, List.of(), null);
    }

    private void commit(long batchId, ImportBatches.Counts counts, List<ImportProblem> found, NewEntry entry, long perceptualHash,
            List<Annotation> annotations, String labeller) throws DatasetException {
        Instant at = now();
        db.transaction(c -> {
            if (entry != null) {
                DatasetEntry e = Entries.insert(c, entry, at, options.actor());
                ImportBatches.setPerceptualHash(c, e.id(), 0, perceptualHash);
                AnnotationRows.save(c, e.id(), e.version(), labeller, annotations, media, at, options.actor());
            }
            ImportBatches.record(c, batchId, counts, found, at);
            return null;
        });
        problems.addAll(found);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
