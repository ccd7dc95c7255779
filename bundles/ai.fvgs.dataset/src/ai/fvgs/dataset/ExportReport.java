package ai.fvgs.dataset;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param directory   the finished folder
 * @param files       the files in it, as relative paths with {@code /}, sorted
 * @param media       images and videos described (an item in two entries counts twice)
 * @param annotations annotations written
 * @param skipped     annotations the format cannot hold and that were left out (e.g. video tracks in COCO and YOLO,
 *                    keypoints in YOLO, masks in YOLO segment labels), and media the format cannot hold (videos in
 *                    COCO and YOLO)
 */
public record ExportReport(Path directory, List<String> files, int media, int annotations, int skipped) {

    /** Copies the list. */
    public ExportReport {
        files = List.copyOf(files);
    }
}
