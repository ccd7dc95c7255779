package ai.fvgs.dataset.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * What becomes one dataset entry: media files, side-car files and fields from a manifest line, found by
 * {@link FolderScan} or {@link ManifestReader}.
 *
 * @param key      the entry's source key, unique for this source, so that a re-run skips it
 * @param label    how reports name it: the file path without extension, or {@code MANIFEST:LINE}
 * @param media    image and video files, in order
 * @param sidecars {@code .txt} and {@code .json} files with texts and provenance, in order
 * @param fields   texts and provenance from a manifest line, or {@link ImportFields#NONE}
 * @param error    why it cannot be imported (e.g. a malformed manifest line), or {@code null}
 */
record ImportGroup(String key, String label, List<Path> media, List<Path> sidecars, ImportFields fields, String error) {

    ImportGroup {
        media = List.copyOf(media);
        sidecars = List.copyOf(sidecars);
    }

    /** @return how many files the group names */
    int fileCount() {
        return media.size() + sidecars.size();
    }
}
