package ai.fvgs.dataset.ui.internal;

import org.eclipse.swt.graphics.ImageData;

import ai.fvgs.dataset.Annotations;
import ai.fvgs.dataset.DatasetEntry;

/**
 * An entry read for the annotation canvas, ready to show: the entry, its annotations, and its first image decoded
 * (decoding is the slow part, so it is done off the display thread, ahead of time for the next entry).
 *
 * @param entry       the entry
 * @param annotations every labeller's annotations, with the entry version
 * @param image       the first image's pixels, or {@code null} when the entry has no image or it could not be read
 * @param imageError  why there is no image, or {@code null}
 */
public record LoadedEntry(DatasetEntry entry, Annotations annotations, ImageData image, String imageError) {
}
