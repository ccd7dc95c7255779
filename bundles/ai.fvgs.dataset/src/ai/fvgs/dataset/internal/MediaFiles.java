package ai.fvgs.dataset.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaStore;
import ai.fvgs.video.VideoException;
import ai.fvgs.video.VideoInfo;
import ai.fvgs.video.VideoReader;

/**
 * Reads imported images and videos: checks and decodes them, stores them in the media store, writes their
 * thumbnails and computes their perceptual hashes. A file that cannot be used fails with an
 * {@link ImportFailure} saying why, and nothing of it is stored.
 */
final class MediaFiles {

    /** Images larger than this many pixels are refused before decoding (decompression bombs). */
    static final long MAX_PIXELS = 100_000_000L;
    /** The longer side of thumbnails, in pixels. */
    static final int THUMBNAIL_SIZE = 256;
    /** How many frames of a video are sampled, uniformly, for its thumbnail. */
    static final int VIDEO_SAMPLES = 4;

    static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png", "webp");
    static final Map<String, String> VIDEO_TYPES = Map.of("mp4", "video/mp4", "mov", "video/quicktime", "webm", "video/webm", "mkv",
            "video/x-matroska");

    /** An image or video ready to become a media item. */
    record Stored(MediaItem item, long perceptualHash) {
    }

    private MediaFiles() {
    }

    /** @param file a file @return its lower-case extension without the dot, or "" */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** @param file a file @return whether its extension is an image or video extension the import takes */
    static boolean isMedia(Path file) {
        String ext = extension(file);
        return IMAGE_EXTENSIONS.contains(ext) || VIDEO_TYPES.containsKey(ext);
    }

    /**
     * @param file  an image or video file
     * @param media the media store
     * @return the stored file's description and perceptual hash
     * @throws ImportFailure if it is unsupported, corrupt, truncated or too large
     * @throws IOException   if the media store cannot be written
     */
    static Stored store(Path file, MediaStore media) throws ImportFailure, IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure("file not found or not a regular file");
        }
        return IMAGE_EXTENSIONS.contains(extension(file)) ? storeImage(file, media) : storeVideo(file, media);
    }

    private static Stored storeImage(Path file, MediaStore media) throws ImportFailure, IOException {
        Decoded d = decode(file);
        int w = d.image.getWidth();
        int h = d.image.getHeight();
        int[] argb = d.image.getRGB(0, 0, w, h, null, 0, w);
        String sha = media.put(file);
        writeThumbnail(media, sha, argb, w, h);
        MediaItem item = MediaItem.image(sha, Files.size(file), d.mimeType, w, h, file.getFileName().toString());
        return new Stored(item, Pixels.differenceHash(argb, w, h));
    }

    private record Decoded(BufferedImage image, String mimeType) {
    }

    private static Decoded decode(Path file) throws ImportFailure, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new ImportFailure("cannot be read");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImportFailure(extension(file).equals("webp")
                        ? "unsupported: no WebP decoder is installed (the image reader reads JPEG and PNG); convert it to PNG or JPEG"
                        : "unsupported or corrupt image: no image reader recognises its contents");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0); // header only: nothing is decoded yet
                long h = reader.getHeight(0);
                if (w * h > MAX_PIXELS) {
                    throw new ImportFailure("too large: " + w + " x " + h + " pixels (" + (w * h / 1_000_000) + " megapixels) is over the limit of "
                            + MAX_PIXELS / 1_000_000 + " megapixels (decompression bomb protection); not decoded");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new ImportFailure("truncated or corrupt image: " + warnings.get(0));
                }
                String[] types = reader.getOriginatingProvider().getMIMETypes();
                return new Decoded(image, types != null && types.length > 0 ? types[0] : "image/" + extension(file));
            } catch (IOException | RuntimeException e) {
                throw new ImportFailure("truncated or corrupt image: " + describe(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Stored storeVideo(Path file, MediaStore media) throws ImportFailure, IOException {
        VideoInfo info;
        int[] sheet;
        int[] size;
        try {
            info = VideoReader.probe(file);
            if (info.frameCount() < 1) {
                throw new ImportFailure("corrupt video: no frames");
            }
            size = Pixels.fit(info.width(), info.height(), THUMBNAIL_SIZE / 2);
            sheet = contactSheet(file, info, size[0], size[1]);
        } catch (VideoException | RuntimeException e) {
            throw new ImportFailure("unsupported, corrupt or truncated video: " + describe(e), e);
        }
        String sha = media.put(file);
        int sw = size[0] * 2;
        int sh = size[1] * 2;
        writeThumbnail(media, sha, sheet, sw, sh);
        MediaItem item = MediaItem.video(sha, Files.size(file), VIDEO_TYPES.get(extension(file)), info.width(), info.height(),
                info.durationSeconds(), info.fps(), info.codec(), file.getFileName().toString());
        return new Stored(item, Pixels.differenceHash(sheet, sw, sh));
    }

    /** Frames sampled uniformly (the middle of each quarter), scaled to cells of a 2 x 2 sheet. */
    private static int[] contactSheet(Path file, VideoInfo info, int cw, int ch) throws VideoException {
        int[] sheet = new int[cw * 2 * ch * 2];
        try (VideoReader reader = VideoReader.open(file)) {
            for (int i = 0; i < VIDEO_SAMPLES; i++) {
                int index = (int) (((long) 2 * i + 1) * info.frameCount() / (2L * VIDEO_SAMPLES));
                int[] cell = Pixels.scale(reader.frame(index), info.width(), info.height(), cw, ch);
                int ox = (i % 2) * cw;
                int oy = (i / 2) * ch;
                for (int y = 0; y < ch; y++) {
                    System.arraycopy(cell, y * cw, sheet, (oy + y) * cw * 2 + ox, cw);
                }
            }
        }
        return sheet;
    }

    /** Writes a PNG thumbnail to the media store's thumbnail cache, through a temporary file and a rename. */
    private static void writeThumbnail(MediaStore media, String sha, int[] argb, int w, int h) throws IOException {
        Path target = media.thumbnailPath(sha, THUMBNAIL_SIZE);
        if (Files.exists(target)) {
            return;
        }
        int[] size = Pixels.fit(w, h, THUMBNAIL_SIZE);
        int[] small = size[0] == w && size[1] == h ? argb : Pixels.scale(argb, w, h, size[0], size[1]);
        BufferedImage thumb = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
        thumb.setRGB(0, 0, size[0], size[1], small, 0, size[0]);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(media.root().resolve("tmp"), "thumb-", ".png");
        try {
            if (!ImageIO.write(thumb, "png", tmp.toFile())) {
                throw new IOException("no PNG writer is installed for thumbnails");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("thumbnail folder " + target.getParent() + " does not support atomic renames; keep the media store on one "
                    + "local file system", e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (e.getCause() != null && e.getCause() != e && e.getCause().getMessage() != null) {
            m = (m == null ? "" : m + ": ") + e.getCause().getMessage();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
