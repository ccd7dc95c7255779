package ai.fvgs.dataset.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.KeypointLayout;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.SnapshotLabel;
import ai.fvgs.dataset.Split;

/**
 * COCO export: one {@code instances_<split>.json} per split, streamed with Jackson's generator in two passes
 * over the split's rows (images, then annotations), and the images under {@code images/}. Videos and their
 * tracks are not COCO images and are left out (counted as skipped).
 */
final class CocoExport {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** COCO's person skeleton for {@code coco-17}, as pairs of 1-based keypoint indexes. */
    static final int[][] COCO_17_SKELETON = { { 16, 14 }, { 14, 12 }, { 17, 15 }, { 15, 13 }, { 12, 13 }, { 6, 12 }, { 7, 13 }, { 6, 7 }, { 6, 8 },
            { 7, 9 }, { 8, 10 }, { 9, 11 }, { 2, 3 }, { 1, 2 }, { 1, 3 }, { 2, 4 }, { 3, 5 }, { 4, 6 }, { 5, 7 } };
    /** {@code garment-8}: collar across, collar to sleeve, collar to waistline, waistline across and to hem, hem across. */
    static final int[][] GARMENT_8_SKELETON = { { 1, 2 }, { 1, 3 }, { 2, 4 }, { 1, 5 }, { 2, 6 }, { 5, 6 }, { 5, 7 }, { 6, 8 }, { 7, 8 } };

    private CocoExport() {
    }

    static void write(Connection c, ExportRun.Context ctx) throws Exception {
        Map<String, Integer> licenceIds = new HashMap<>();
        for (String l : ctx.licences()) {
            licenceIds.put(l, licenceIds.size() + 1);
        }
        Map<String, Integer> customLayouts = customLayoutSizes(c, ctx);
        for (Split split : Split.values()) {
            Path file = ctx.dir().resolve("instances_" + split.label() + ".json");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); JsonGenerator g = FACTORY.createGenerator(w)) {
                g.writeStartObject();
                g.writeObjectFieldStart("info");
                g.writeStringField("description", "AI-FVGS snapshot " + ctx.snapshot().name() + ", " + split.label() + " split");
                g.writeStringField("version", ctx.snapshot().contentHash());
                g.writeNumberField("year", ctx.snapshot().createdAt().atOffset(ZoneOffset.UTC).getYear());
                g.writeStringField("contributor", "AI-FVGS");
                g.writeStringField("date_created", ctx.snapshot().createdAt().toString());
                g.writeEndObject();
                g.writeArrayFieldStart("licenses");
                for (String l : ctx.licences()) {
                    g.writeStartObject();
                    g.writeNumberField("id", licenceIds.get(l));
                    g.writeStringField("name", l);
                    g.writeStringField("url", "");
                    g.writeEndObject();
                }
                g.writeEndArray();

                g.writeArrayFieldStart("images");
                int[] imageId = { 0 };
                SnapshotRows.forEach(c, ctx.snapshot().id(), split, (entryId, sp, stratum, licence, content) -> {
                    FrozenEntries.Frozen f = FrozenEntries.read(content);
                    List<Integer> attributes = attributeIds(ctx, f.annotations());
                    for (MediaItem m : f.media()) {
                        if (m.kind() != MediaKind.IMAGE) {
                            ctx.counts().skipped += m.kind() == MediaKind.VIDEO ? 1 : 0;
                            continue;
                        }
                        g.writeStartObject();
                        g.writeNumberField("id", ++imageId[0]);
                        g.writeStringField("file_name", ExportRun.fileName(m));
                        number(g, "width", m.width());
                        number(g, "height", m.height());
                        if (licence != null) {
                            g.writeNumberField("license", licenceIds.get(licence));
                        }
                        ids(g, "attribute_ids", attributes);
                        g.writeEndObject();
                        ctx.run().provide(ctx, m, "images/" + ExportRun.fileName(m), entryId);
                        ctx.counts().media++;
                    }
                });
                g.writeEndArray();

                g.writeArrayFieldStart("annotations");
                int[] ids = { 0, 0 }; // image, annotation
                SnapshotRows.forEach(c, ctx.snapshot().id(), split, (entryId, sp, stratum, licence, content) -> {
                    FrozenEntries.Frozen f = FrozenEntries.read(content);
                    List<Integer> attributes = attributeIds(ctx, f.annotations());
                    for (int pos = 0; pos < f.media().size(); pos++) {
                        MediaItem m = f.media().get(pos);
                        if (m.kind() != MediaKind.IMAGE) {
                            continue;
                        }
                        ids[0]++;
                        for (Annotation a : f.annotations()) {
                            if (annotation(g, ctx, a, pos, m, ids, attributes)) {
                                ctx.counts().annotations++;
                            }
                        }
                    }
                    for (Annotation a : f.annotations()) {
                        if (a instanceof Annotation.Track) {
                            ctx.counts().skipped++;
                        }
                    }
                });
                g.writeEndArray();

                g.writeArrayFieldStart("categories");
                for (SnapshotLabel cat : ctx.categories()) {
                    g.writeStartObject();
                    g.writeNumberField("id", cat.id());
                    g.writeStringField("name", cat.name());
                    g.writeStringField("supercategory", cat.supercategory());
                    if (cat.layout() != null) {
                        List<String> names = keypointNames(cat.layout(), customLayouts);
                        g.writeArrayFieldStart("keypoints");
                        for (String n : names) {
                            g.writeString(n);
                        }
                        g.writeEndArray();
                        g.writeArrayFieldStart("skeleton");
                        for (int[] pair : skeleton(cat.layout())) {
                            g.writeArray(pair, 0, 2);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("attributes");
                for (SnapshotLabel at : ctx.attributes()) {
                    g.writeStartObject();
                    g.writeNumberField("id", at.id());
                    g.writeStringField("name", at.name());
                    g.writeStringField("supercategory", at.supercategory());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
    }

    /** Writes one annotation if it lies on the image at {@code pos}; @return whether it did */
    private static boolean annotation(JsonGenerator g, ExportRun.Context ctx, Annotation a, int pos, MediaItem image, int[] ids,
            List<Integer> attributes) throws IOException, DatasetException {
        double[] bbox;
        double area;
        switch (a) {
            case Annotation.Region r when r.media() == pos -> {
                start(g, ++ids[1], ids[0], ctx.categoryId(r.label()));
                switch (r.shape()) {
                    case Shape.Box b -> {
                        bbox = new double[] { b.x(), b.y(), b.width(), b.height() };
                        box(g, bbox, b.width() * b.height());
                        g.writeArrayFieldStart("segmentation");
                        g.writeEndArray();
                    }
                    case Shape.Polygon p -> {
                        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
                        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
                        double twice = 0;
                        List<Shape.Point> pts = p.points();
                        for (int i = 0; i < pts.size(); i++) {
                            Shape.Point q = pts.get(i);
                            Shape.Point n = pts.get((i + 1) % pts.size());
                            twice += q.x() * n.y() - n.x() * q.y();
                            minX = Math.min(minX, q.x());
                            maxX = Math.max(maxX, q.x());
                            minY = Math.min(minY, q.y());
                            maxY = Math.max(maxY, q.y());
                        }
                        box(g, new double[] { minX, minY, maxX - minX, maxY - minY }, Math.abs(twice) / 2);
                        g.writeArrayFieldStart("segmentation");
                        g.writeStartArray();
                        for (Shape.Point q : pts) {
                            g.writeNumber(q.x());
                            g.writeNumber(q.y());
                        }
                        g.writeEndArray();
                        g.writeEndArray();
                    }
                    case Shape.Keypoints k -> {
                        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
                        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
                        int labelled = 0;
                        for (Shape.Keypoint q : k.points()) {
                            if (q.visibility() != Shape.Visibility.NOT_LABELLED) {
                                labelled++;
                                minX = Math.min(minX, q.x());
                                maxX = Math.max(maxX, q.x());
                                minY = Math.min(minY, q.y());
                                maxY = Math.max(maxY, q.y());
                            }
                        }
                        bbox = labelled == 0 ? new double[4] : new double[] { minX, minY, maxX - minX, maxY - minY };
                        box(g, bbox, bbox[2] * bbox[3]);
                        g.writeArrayFieldStart("segmentation");
                        g.writeEndArray();
                        g.writeNumberField("iscrowd", 0);
                        g.writeArrayFieldStart("keypoints");
                        for (Shape.Keypoint q : k.points()) {
                            g.writeNumber(q.x());
                            g.writeNumber(q.y());
                            g.writeNumber(q.visibility().code());
                        }
                        g.writeEndArray();
                        g.writeNumberField("num_keypoints", labelled);
                        ids(g, "attribute_ids", attributes);
                        g.writeEndObject();
                        return true;
                    }
                }
            }
            case Annotation.Mask m when m.media() == pos -> {
                MaskBits bits;
                if (m.rle() != null) {
                    if (image.width() == null || image.height() == null) {
                        ctx.counts().skipped++;
                        return false;
                    }
                    bits = MaskBits.ofRowMajor(m.rle(), image.width(), image.height());
                } else {
                    BufferedImage png = ImageIO.read(ctx.run().mediaPath(m.pngSha256()).toFile());
                    if (png == null) {
                        throw new DatasetException("mask " + m.pngSha256() + " of an entry in snapshot " + ctx.snapshot().name()
                                + " is missing from the media store or is not a PNG");
                    }
                    bits = MaskBits.ofImage(png);
                }
                start(g, ++ids[1], ids[0], ctx.categoryId(m.label()));
                bbox = bits.box();
                area = bits.area();
                box(g, bbox, area);
                g.writeObjectFieldStart("segmentation");
                g.writeArrayFieldStart("counts");
                for (int n : bits.columnMajor()) {
                    g.writeNumber(n);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("size");
                g.writeNumber(bits.height);
                g.writeNumber(bits.width);
                g.writeEndArray();
                g.writeEndObject();
            }
            default -> {
                return false;
            }
        }
        g.writeNumberField("iscrowd", 0);
        ids(g, "attribute_ids", attributes);
        g.writeEndObject();
        return true;
    }

    private static void start(JsonGenerator g, int id, int imageId, int categoryId) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("image_id", imageId);
        g.writeNumberField("category_id", categoryId);
    }

    private static void box(JsonGenerator g, double[] bbox, double area) throws IOException {
        g.writeArrayFieldStart("bbox");
        for (double v : bbox) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeNumberField("area", area);
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }

    private static void ids(JsonGenerator g, String field, List<Integer> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (int id : ids) {
            g.writeNumber(id);
        }
        g.writeEndArray();
    }

    /** @return the ids of the entry-level attributes and tags, ascending */
    static List<Integer> attributeIds(ExportRun.Context ctx, List<Annotation> annotations) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (Annotation a : annotations) {
            int id = switch (a) {
                case Annotation.Attribute x -> ctx.attributeId(x.attribute(), x.value());
                case Annotation.Tag x -> ctx.attributeId(x.tag(), null);
                default -> -1;
            };
            if (id > 0) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    /** @return the keypoint names of a layout: built-in names, else {@code point-1} ... {@code point-n} */
    static List<String> keypointNames(String layout, Map<String, Integer> customSizes) {
        return KeypointLayout.builtIn(layout).map(KeypointLayout::points).orElseGet(() -> {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= customSizes.getOrDefault(layout, 0); i++) {
                names.add("point-" + i);
            }
            return names;
        });
    }

    private static int[][] skeleton(String layout) {
        return switch (layout) {
            case "coco-17" -> COCO_17_SKELETON;
            case "garment-8" -> GARMENT_8_SKELETON;
            default -> new int[0][];
        };
    }

    /** The number of points of layouts that are not built in, from a scan of the snapshot (only if it has any). */
    private static Map<String, Integer> customLayoutSizes(Connection c, ExportRun.Context ctx) throws Exception {
        Map<String, Integer> sizes = new HashMap<>();
        if (ctx.categories().stream().allMatch(cat -> cat.layout() == null || KeypointLayout.builtIn(cat.layout()).isPresent())) {
            return sizes;
        }
        SnapshotRows.forEach(c, ctx.snapshot().id(), null, (entryId, sp, stratum, licence, content) -> {
            for (Annotation a : FrozenEntries.read(content).annotations()) {
                if (a instanceof Annotation.Region r && r.shape() instanceof Shape.Keypoints k) {
                    sizes.merge(k.layout(), k.points().size(), Math::max);
                }
            }
        });
        return sizes;
    }
}
