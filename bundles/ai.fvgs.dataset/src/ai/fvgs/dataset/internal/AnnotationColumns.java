package ai.fvgs.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.Shape;

/**
 * One annotation as the columns of an {@code annotations} row, in the order kind, media_position, taxonomy,
 * taxonomy_version, label, attribute_value, language, body, layout, geometry, mask_sha256, mask_rle.
 */
final class AnnotationColumns {

    private static final int KIND = 0;
    private static final int MEDIA = 1;
    private static final int TAXONOMY = 2;
    private static final int TAXONOMY_VERSION = 3;
    private static final int LABEL = 4;
    private static final int VALUE = 5;
    private static final int LANGUAGE = 6;
    private static final int BODY = 7;
    private static final int LAYOUT = 8;
    private static final int GEOMETRY = 9;
    private static final int MASK_SHA256 = 10;
    private static final int MASK_RLE = 11;

    private AnnotationColumns() {
    }

    /** @param a an annotation @return its column values, {@code null} where a column does not apply */
    static Object[] of(Annotation a) {
        Object[] row = new Object[12];
        row[KIND] = a.kind();
        switch (a) {
            case Annotation.Attribute x -> {
                label(row, x.attribute());
                row[VALUE] = x.value();
            }
            case Annotation.Tag x -> label(row, x.tag());
            case Annotation.Caption x -> {
                row[LANGUAGE] = x.language();
                row[BODY] = x.text();
            }
            case Annotation.Region x -> {
                row[MEDIA] = x.media();
                label(row, x.label());
                row[LAYOUT] = x.shape() instanceof Shape.Keypoints k ? k.layout() : null;
                row[GEOMETRY] = AnnotationJson.write(AnnotationJson.shape(x.shape()));
            }
            case Annotation.Mask x -> {
                row[MEDIA] = x.media();
                label(row, x.label());
                row[MASK_SHA256] = x.pngSha256();
                row[MASK_RLE] = x.rle();
            }
            case Annotation.Track x -> {
                row[MEDIA] = x.media();
                label(row, x.label());
                row[LAYOUT] = x.track().keyframes().stream().filter(k -> k.shape() instanceof Shape.Keypoints).findFirst()
                        .map(k -> ((Shape.Keypoints) k.shape()).layout()).orElse(null);
                row[GEOMETRY] = AnnotationJson.write(AnnotationJson.track(x.track()));
            }
        }
        return row;
    }

    /**
     * @param r a row selected with the columns in this class's order, starting at column 1
     * @return the annotation
     * @throws SQLException on a database error
     */
    static Annotation read(ResultSet r) throws SQLException {
        String kind = r.getString(KIND + 1);
        int media = r.getInt(MEDIA + 1);
        Label label = r.getString(LABEL + 1) == null ? null
                : new Label(r.getString(TAXONOMY + 1), r.getString(TAXONOMY_VERSION + 1), r.getString(LABEL + 1));
        return switch (kind) {
            case "attribute" -> new Annotation.Attribute(label, r.getString(VALUE + 1));
            case "tag" -> new Annotation.Tag(label);
            case "caption" -> new Annotation.Caption(r.getString(LANGUAGE + 1), r.getString(BODY + 1));
            case "box", "polygon", "keypoints" -> new Annotation.Region(media, label, AnnotationJson.shape(AnnotationJson.read(r.getString(GEOMETRY + 1))));
            case "mask" -> new Annotation.Mask(media, label, trimmed(r.getString(MASK_SHA256 + 1)), r.getString(MASK_RLE + 1));
            case "track" -> new Annotation.Track(media, label, AnnotationJson.track(AnnotationJson.read(r.getString(GEOMETRY + 1))));
            default -> throw new IllegalStateException("stored annotation kind '" + kind + "' is unknown to this version of AI-FVGS");
        };
    }

    private static void label(Object[] row, Label label) {
        row[TAXONOMY] = label.taxonomy();
        row[TAXONOMY_VERSION] = label.taxonomyVersion();
        row[LABEL] = label.name();
    }

    /** CHAR(64) may come back padded on some databases. */
    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }
}
