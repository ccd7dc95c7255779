package ai.fvgs.dataset;

import java.util.List;
import java.util.Objects;

/**
 * A dataset entry to create: one or more media items and texts, with provenance.
 *
 * @param sourceKey  a key unique in the database that identifies where the entry was imported from (e.g.
 *                   the manifest row or the file's base name within its batch), so that a re-run import
 *                   skips it; or {@code null}
 * @param media      images, videos and text files, in order; their files must already be in the media store
 * @param texts      captions, descriptions and tags, in order
 * @param provenance where the entry came from
 */
public record NewEntry(String sourceKey, List<MediaItem> media, List<EntryText> texts, Provenance provenance) {

    /** Checks the fields and copies the lists. */
    public NewEntry {
        media = List.copyOf(media);
        texts = List.copyOf(texts);
        Objects.requireNonNull(provenance, "provenance");
        if (media.isEmpty() && texts.isEmpty()) {
            throw new IllegalArgumentException("an entry needs at least one image, video or text");
        }
        if (sourceKey != null && (sourceKey.isEmpty() || sourceKey.length() > 1000)) {
            throw new IllegalArgumentException("source key of " + sourceKey.length() + " characters is not allowed; use 1 to 1000");
        }
    }
}
