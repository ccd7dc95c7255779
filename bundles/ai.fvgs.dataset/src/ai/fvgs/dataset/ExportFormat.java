package ai.fvgs.dataset;

import java.util.Locale;

/** The folder layouts {@link SnapshotExport} writes; see docs/dataset.md, "Snapshots and export". */
public enum ExportFormat {
    /** COCO JSON ({@code instances_<split>.json}) with Fashionpedia-style attributes, and the images. */
    COCO,
    /** Ultralytics YOLO: {@code images/<split>/}, {@code labels/<split>/*.txt} and {@code data.yaml}. */
    YOLO,
    /** One JSON line per image or video with its captions, tags and attributes ({@code <split>.jsonl}), and the media. */
    JSONL;

    /** @return the lower-case name used on the command line */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label {@code coco}, {@code yolo} or {@code jsonl}
     * @return the format
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static ExportFormat parse(String label) {
        for (ExportFormat v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("export format '" + label + "' is not allowed; allowed: coco, yolo, jsonl");
    }
}
