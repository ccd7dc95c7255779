package ai.fvgs.dataset;

import java.util.Objects;

/**
 * How to export a snapshot.
 *
 * @param format   COCO, YOLO or JSONL
 * @param media    copy, link or leave out the media files
 * @param yoloTask for YOLO: boxes or polygons
 */
public record ExportOptions(ExportFormat format, ExportMedia media, YoloTask yoloTask) {

    /** Checks the fields. */
    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(yoloTask, "yoloTask");
    }

    /** @param format the format @return that format with linked media and YOLO boxes */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, ExportMedia.LINK, YoloTask.DETECT);
    }

    /** @param value the media mode @return a changed copy */
    public ExportOptions withMedia(ExportMedia value) {
        return new ExportOptions(format, value, yoloTask);
    }

    /** @param value the YOLO task @return a changed copy */
    public ExportOptions withYoloTask(YoloTask value) {
        return new ExportOptions(format, media, value);
    }
}
