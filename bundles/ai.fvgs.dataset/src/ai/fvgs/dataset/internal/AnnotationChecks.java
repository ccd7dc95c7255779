package ai.fvgs.dataset.internal;

import java.util.List;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.MediaStore;

/** The rules an annotation must meet on its entry: its media item exists and fits, its mask file is stored. */
final class AnnotationChecks {

    private AnnotationChecks() {
    }

    /**
     * @param entry       the entry being annotated
     * @param annotations the annotations to save
     * @param media       the media store, for PNG masks
     * @throws DatasetException naming the annotation (by its index) and what is wrong
     */
    static void check(DatasetEntry entry, List<Annotation> annotations, MediaStore media) throws DatasetException {
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            String what = "annotation " + i + " (" + (a == null ? "null" : a.kind()) + ") of entry " + entry.id();
            switch (a) {
                case null -> throw new DatasetException("annotation " + i + " of entry " + entry.id() + " is null");
                case Annotation.Region r -> item(entry, r.media(), MediaKind.IMAGE, what);
                case Annotation.Track t -> item(entry, t.media(), MediaKind.VIDEO, what);
                case Annotation.Mask m -> {
                    MediaItem image = item(entry, m.media(), MediaKind.IMAGE, what);
                    if (m.pngSha256() != null && !media.exists(m.pngSha256())) {
                        throw new DatasetException(what + " names mask " + m.pngSha256() + ", which is not in the media store " + media.root()
                                + "; store the PNG with MediaStore.put first");
                    }
                    if (m.rle() != null && image.width() != null && image.height() != null
                            && m.rlePixels() != (long) image.width() * image.height()) {
                        throw new DatasetException(what + " has run lengths adding up to " + m.rlePixels() + " pixels, but image " + m.media()
                                + " has " + image.width() + " x " + image.height() + " = " + (long) image.width() * image.height());
                    }
                }
                default -> {
                    // attributes, tags and captions describe the whole entry
                }
            }
        }
    }

    private static MediaItem item(DatasetEntry entry, int position, MediaKind kind, String what) throws DatasetException {
        if (position >= entry.media().size()) {
            throw new DatasetException(what + " is on media " + position + ", but the entry has " + entry.media().size()
                    + " media items (positions 0 to " + (entry.media().size() - 1) + ")");
        }
        MediaItem item = entry.media().get(position);
        if (item.kind() != kind) {
            throw new DatasetException(what + " is on media " + position + ", which is " + item.kind().label() + "; " + a(kind)
                    + " is needed" + (kind == MediaKind.VIDEO ? " (use a box, polygon, keypoints or mask on images)" : " (use a track on videos)"));
        }
        return item;
    }

    private static String a(MediaKind kind) {
        return kind == MediaKind.IMAGE ? "an image" : "a video";
    }
}
