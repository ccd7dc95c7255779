package ai.fvgs.dataset.tests;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.EntryText;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.NewEntry;
import ai.fvgs.dataset.Provenance;

/** Small real datasets for the snapshot and export tests: PNG files in the media store, entries, annotations. */
final class Fixtures {

    private Fixtures() {
    }

    /** @return an 8 x 6 PNG that differs from those of other seeds (so every picture has its own SHA-256) */
    static Path png(Path file, int seed) throws Exception {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                img.setRGB(x, y, (x * 30) << 16 | (y * 40) << 8 | (seed * 7919 & 0xff));
            }
        }
        img.setRGB(0, 0, seed * 2654435 & 0xffffff);
        img.setRGB(1, 0, seed >>> 8 & 0xffffff);
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** @return an 8 x 6 image item stored in the media store */
    static MediaItem image(DatasetStore store, Path folder, int seed) throws Exception {
        Path f = png(folder.resolve("img-" + seed + ".png"), seed);
        return MediaItem.image(store.media().put(f), Files.size(f), "image/png", 8, 6, "img-" + seed + ".png");
    }

    /** @return a video item (its bytes are not decoded by the store) */
    static MediaItem video(DatasetStore store, Path folder, int seed) throws Exception {
        Path f = folder.resolve("clip-" + seed + ".mp4");
        Files.createDirectories(folder);
        Files.writeString(f, "not really a video " + seed);
        return MediaItem.video(store.media().put(f), Files.size(f), "video/mp4", 64, 48, 2.0, 25.0, "h264", "clip-" + seed + ".mp4");
    }

    /** @return an accepted entry with the media and texts, licence CC-BY-4.0 */
    static DatasetEntry accepted(DatasetStore store, List<MediaItem> media, List<EntryText> texts) throws Exception {
        DatasetEntry e = store.create(new NewEntry(null, media, texts, new Provenance("shoot 7", "CC-BY-4.0", null, Consent.OBTAINED, "Studio A", null)),
                "admin");
        return store.update(e.withStatus(EntryStatus.ACCEPTED), "admin");
    }

    /** Saves a labeller's set on the entry's current version. */
    static void annotate(DatasetStore store, long entryId, String labeller, List<Annotation> annotations) throws Exception {
        long version = store.annotations().read(entryId).entryVersion();
        store.annotations().save(entryId, version, labeller, annotations, labeller);
    }
}
