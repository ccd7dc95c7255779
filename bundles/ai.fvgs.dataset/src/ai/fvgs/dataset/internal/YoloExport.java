package ai.fvgs.dataset.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;


import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Shape;
import ai.fvgs.dataset.SnapshotLabel;
import ai.fvgs.dataset.Split;
import ai.fvgs.dataset.YoloTask;

/**
 * YOLO export (Ultralytics layout): {@code images/<split>/<sha256>.<ext>}, one {@code labels/<split>/<sha256>.txt}
 * per image (empty when it has no objects) and {@code data.yaml}. Class numbers are the positions of the
 * snapshot's categories in id order, from 0. Coordinates are normalised by the image size, with 6 decimals,
 * and clamped to the image. Detection labels are {@code class cx cy w h} for boxes, polygons and masks (their
 * bounding box); segmentation labels are {@code class x1 y1 x2 y2 ...} for polygons and boxes (four corners).
 * Keypoints, masks in segmentation labels, videos and tracks are left out and counted as skipped.
 */
final class YoloExport {

    private YoloExport() {
    }

    static void write(Connection c, ExportRun.Context ctx, YoloTask task) throws Exception {
        Map<Integer, Integer> classOf = new HashMap<>();
        List<SnapshotLabel> categories = ctx.categories();
        for (int i = 0; i < categories.size(); i++) {
            classOf.put(categories.get(i).id(), i);
        }
        for (Split split : Split.values()) {
            Files.createDirectories(ctx.dir().resolve("images").resolve(split.label()));
            Files.createDirectories(ctx.dir().resolve("labels").resolve(split.label()));
            SnapshotRows.forEach(c, ctx.snapshot().id(), split, (entryId, sp, stratum, licence, content) -> {
                FrozenEntries.Frozen f = FrozenEntries.read(content);
                for (int pos = 0; pos < f.media().size(); pos++) {
                    MediaItem m = f.media().get(pos);
                    if (m.kind() != MediaKind.IMAGE) {
                        ctx.counts().skipped += m.kind() == MediaKind.VIDEO ? 1 : 0;
                        continue;
                    }
                    String name = ExportRun.fileName(m);
                    ctx.run().provide(ctx, m, "images/" + split.label() + "/" + name, entryId);
                    ctx.counts().media++;
                    StringBuilder lines = new StringBuilder();
                    for (Annotation a : f.annotations()) {
                        String line = line(ctx, a, pos, m, task, classOf);
                        if (line != null) {
                            lines.append(line).append('\n');
                            ctx.counts().annotations++;
                        } else if (onImage(a, pos)) {
                            ctx.counts().skipped++;
                        }
                    }
                    Path labels = ctx.dir().resolve("labels").resolve(split.label()).resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
                    // the same picture in two entries of a split: one image, the labels of both
                    Files.writeString(labels, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
                for (Annotation a : f.annotations()) {
                    if (a instanceof Annotation.Track) {
                        ctx.counts().skipped++;
                    }
                }
            });
        }
        try (Writer w = Files.newBufferedWriter(ctx.dir().resolve("data.yaml"), StandardCharsets.UTF_8)) {
            w.write("# AI-FVGS snapshot " + ctx.snapshot().name() + " (content hash " + ctx.snapshot().contentHash() + "), YOLO "
                    + task.label() + " labels\n");
            w.write("path: " + quote(ctx.finalDir().toString()) + "\n");
            for (Split s : Split.values()) {
                w.write(s.label() + ": images/" + s.label() + "\n");
            }
            w.write("nc: " + categories.size() + "\n");
            w.write("names:\n");
            for (int i = 0; i < categories.size(); i++) {
                w.write("  " + i + ": " + quote(categories.get(i).name()) + "\n");
            }
        }
    }

    private static boolean onImage(Annotation a, int pos) {
        return a instanceof Annotation.Region r && r.media() == pos || a instanceof Annotation.Mask m && m.media() == pos;
    }

    private static String line(ExportRun.Context ctx, Annotation a, int pos, MediaItem image, YoloTask task, Map<Integer, Integer> classOf)
            throws IOException, DatasetException {
        if (!onImage(a, pos) || image.width() == null || image.height() == null) {
            return null;
        }
        double w = image.width();
        double h = image.height();
        StringBuilder b = new StringBuilder();
        switch (a) {
            case Annotation.Region r -> {
                b.append(classOf.get(ctx.categoryId(r.label())));
                switch (r.shape()) {
                    case Shape.Box x -> {
                        if (task == YoloTask.DETECT) {
                            box(b, x.x(), x.y(), x.width(), x.height(), w, h);
                        } else {
                            points(b, new double[] { x.x(), x.y(), x.x() + x.width(), x.y(), x.x() + x.width(), x.y() + x.height(), x.x(),
                                    x.y() + x.height() }, w, h);
                        }
                    }
                    case Shape.Polygon p -> {
                        double[] xy = new double[p.points().size() * 2];
                        for (int i = 0; i < p.points().size(); i++) {
                            xy[2 * i] = p.points().get(i).x();
                            xy[2 * i + 1] = p.points().get(i).y();
                        }
                        if (task == YoloTask.DETECT) {
                            double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
                            double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
                            for (int i = 0; i < xy.length; i += 2) {
                                minX = Math.min(minX, xy[i]);
                                maxX = Math.max(maxX, xy[i]);
                                minY = Math.min(minY, xy[i + 1]);
                                maxY = Math.max(maxY, xy[i + 1]);
                            }
                            box(b, minX, minY, maxX - minX, maxY - minY, w, h);
                        } else {
                            points(b, xy, w, h);
                        }
                    }
                    case Shape.Keypoints k -> {
                        return null;
                    }
                }
            }
            case Annotation.Mask m -> {
                if (task == YoloTask.SEGMENT) {
                    return null;
                }
                MaskBits bits;
                if (m.rle() != null) {
                    bits = MaskBits.ofRowMajor(m.rle(), image.width(), image.height());
                } else {
                    BufferedImage png = ImageIO.read(ctx.run().mediaPath(m.pngSha256()).toFile());
                    if (png == null) {
                        throw new DatasetException("mask " + m.pngSha256() + " of an entry in snapshot " + ctx.snapshot().name()
                                + " is missing from the media store or is not a PNG");
                    }
                    bits = MaskBits.ofImage(png);
                }
                if (bits.area() == 0) {
                    return null;
                }
                double[] bb = bits.box();
                b.append(classOf.get(ctx.categoryId(m.label())));
                box(b, bb[0], bb[1], bb[2], bb[3], w, h);
            }
            default -> {
                return null;
            }
        }
        return b.toString();
    }

    private static void box(StringBuilder b, double x, double y, double bw, double bh, double w, double h) {
        double x0 = clamp(x, w);
        double y0 = clamp(y, h);
        double x1 = clamp(x + bw, w);
        double y1 = clamp(y + bh, h);
        b.append(String.format(Locale.ROOT, " %.6f %.6f %.6f %.6f", (x0 + x1) / 2 / w, (y0 + y1) / 2 / h, (x1 - x0) / w, (y1 - y0) / h));
    }

    private static void points(StringBuilder b, double[] xy, double w, double h) {
        for (int i = 0; i < xy.length; i += 2) {
            b.append(String.format(Locale.ROOT, " %.6f %.6f", clamp(xy[i], w) / w, clamp(xy[i + 1], h) / h));
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    /** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
    private static String quote(String s) {
        return AnnotationJson.write(s);
    }
}
