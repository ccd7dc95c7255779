package ai.fvgs.dataset;

import java.util.List;

/**
 * One entry as frozen in a {@link Snapshot}.
 *
 * @param entryId     the entry's id
 * @param split       the split it falls into
 * @param stratum     its primary category: the most frequent region, mask or track label (ties: the first name
 *                    in alphabetical order), else its first attribute ({@code attribute=value}) or tag, else
 *                    {@code none}
 * @param media       its media items when frozen (database ids are 0)
 * @param texts       its texts when frozen
 * @param provenance  its provenance when frozen (without the import batch)
 * @param labeller    whose annotation set was frozen, or {@code null} if it had none
 * @param annotations that set's annotations
 * @param content     the canonical JSON all of the above was read from, as stored and hashed
 */
public record SnapshotEntry(long entryId, Split split, String stratum, List<MediaItem> media, List<EntryText> texts, Provenance provenance,
        String labeller, List<Annotation> annotations, String content) {

    /** Copies the lists. */
    public SnapshotEntry {
        media = List.copyOf(media);
        texts = List.copyOf(texts);
        annotations = List.copyOf(annotations);
    }
}
