package ai.fvgs.dataset;

import java.util.Objects;

/**
 * One annotation of a dataset entry, in a labeller's {@link AnnotationSet}. Attributes, tags and captions
 * describe the whole entry; regions, masks and tracks lie on one of the entry's media items, named by its
 * position in {@link DatasetEntry#media()}.
 */
public sealed interface Annotation permits Annotation.Attribute, Annotation.Tag, Annotation.Caption, Annotation.Region, Annotation.Mask,
        Annotation.Track {

    /** @return the stored kind: {@code attribute}, {@code tag}, {@code caption}, {@code box}, {@code polygon}, {@code keypoints}, {@code mask} or {@code track} */
    String kind();

    /**
     * An attribute with a value, e.g. {@code colour = red}.
     *
     * @param attribute the attribute
     * @param value     its value, 1 to 1,000 characters
     */
    record Attribute(Label attribute, String value) implements Annotation {

        /** Checks the fields. */
        public Attribute {
            Objects.requireNonNull(attribute, "attribute");
            if (value == null || value.isBlank() || value.length() > 1_000) {
                throw new IllegalArgumentException("value '" + value + "' of attribute " + attribute.name()
                        + " is not allowed; it must have 1 to 1,000 characters and not be blank");
            }
        }

        @Override
        public String kind() {
            return "attribute";
        }
    }

    /**
     * A tag, e.g. {@code evening-wear}.
     *
     * @param tag the tag
     */
    record Tag(Label tag) implements Annotation {

        /** Checks the field. */
        public Tag {
            Objects.requireNonNull(tag, "tag");
        }

        @Override
        public String kind() {
            return "tag";
        }
    }

    /**
     * A caption in one language.
     *
     * @param language BCP 47 language tag, see {@link EntryText#LANGUAGE_PATTERN}
     * @param text     1 to 100,000 characters
     */
    record Caption(String language, String text) implements Annotation {

        /** Checks the fields. */
        public Caption {
            new EntryText(TextKind.CAPTION, language, text); // the same rules as an entry's caption
        }

        @Override
        public String kind() {
            return "caption";
        }
    }

    /**
     * A box, polygon or keypoints on an image.
     *
     * @param media the position of the image in the entry's media, 0 or more
     * @param label what the shape shows, e.g. {@code dress} or {@code person}
     * @param shape the shape
     */
    record Region(int media, Label label, Shape shape) implements Annotation {

        /** Checks the fields. */
        public Region {
            checkMedia(media);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shape, "shape");
        }

        @Override
        public String kind() {
            return shape.type();
        }
    }

    /**
     * A segmentation mask on an image: either a PNG in the media store (non-zero pixels belong to the
     * object), or run-length encoded text.
     * <p>
     * The run-length text is the image's pixels in row-major order as space-separated run lengths that
     * alternate between background and object, starting with background (so it starts with 0 when the
     * first pixel is part of the object); the runs add up to width x height of the image.
     *
     * @param media     the position of the image in the entry's media, 0 or more
     * @param label     what the mask shows
     * @param pngSha256 the SHA-256 of a PNG in the media store, or {@code null}
     * @param rle       the run-length text, or {@code null}; exactly one of {@code pngSha256} and {@code rle}
     */
    record Mask(int media, Label label, String pngSha256, String rle) implements Annotation {

        /** Allowed run-length text. */
        public static final String RLE_PATTERN = "[0-9]+( [0-9]+)*";

        /** Checks the fields. */
        public Mask {
            checkMedia(media);
            Objects.requireNonNull(label, "label");
            if ((pngSha256 == null) == (rle == null)) {
                throw new IllegalArgumentException("mask " + label.name() + " needs exactly one of a PNG (by SHA-256) and run-length text");
            }
            if (pngSha256 != null) {
                MediaStore.checkHash(pngSha256);
            } else if (rle.length() > 1_000_000 || !rle.matches(RLE_PATTERN)) {
                throw new IllegalArgumentException("run-length text of mask " + label.name() + " ('" + abbreviate(rle)
                        + "') is not allowed; it must be run lengths (digits) separated by single spaces, at most 1,000,000 characters");
            }
        }

        /** @param media image position @param label what it shows @param sha256 PNG in the media store @return a PNG mask */
        public static Mask png(int media, Label label, String sha256) {
            return new Mask(media, label, sha256, null);
        }

        /** @param media image position @param label what it shows @param rle run-length text @return a run-length mask */
        public static Mask rle(int media, Label label, String rle) {
            return new Mask(media, label, null, rle);
        }

        /** @return the sum of the run lengths; {@code -1} for a PNG mask */
        public long rlePixels() {
            if (rle == null) {
                return -1;
            }
            long sum = 0;
            for (String run : rle.split(" ")) {
                long v = run.length() > 15 ? 1_000_000_000_000_000L : Long.parseLong(run);
                sum = Math.min(Long.MAX_VALUE / 2, sum + v); // saturates instead of overflowing
            }
            return sum;
        }

        @Override
        public String kind() {
            return "mask";
        }
    }

    /**
     * An object followed through a video, with keyframes.
     *
     * @param media the position of the video in the entry's media, 0 or more
     * @param label what the object is
     * @param track its keyframes
     */
    record Track(int media, Label label, ShapeTrack track) implements Annotation {

        /** Checks the fields. */
        public Track {
            checkMedia(media);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(track, "track");
        }

        @Override
        public String kind() {
            return "track";
        }
    }

    private static void checkMedia(int media) {
        if (media < 0) {
            throw new IllegalArgumentException("media position " + media + " is not allowed; it is the index in the entry's media, 0 or more");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
