package ai.fvgs.dataset.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import ai.fvgs.dataset.FrameSampling;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.SampledFrame;
import ai.fvgs.dataset.MediaStore;
import ai.fvgs.video.PngImageWriter;
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
    /** Images are decoded at a longer side of at least this many pixels (twice the thumbnail's); see {@link #subsampling}. */
    static final int DECODE_SIZE = 2 * THUMBNAIL_SIZE;
    /** How many frames of a video are sampled, uniformly, for its thumbnail. */
    static final int VIDEO_SAMPLES = 4;

    static final List<String> IMAGE_EXTENSIONS = List.of("jpg", "jpeg", "png", "webp");
    static final Map<String, String> VIDEO_TYPES = Map.of("mp4", "video/mp4", "mov", "video/quicktime", "webm", "video/webm", "mkv",
            "video/x-matroska");

    /** An image or video ready to become a media item. */
    record Stored(MediaItem item, long perceptualHash, List<SampledFrame> frames) {

        Stored(MediaItem item, long perceptualHash) {
            this(item, perceptualHash, List.of());
        }
    }

    /** A still change of at least this mean grey difference (of 255), between 32 x 18 versions of two frames, is a cut. */
    static final int SCENE_CHANGE_THRESHOLD = 24;

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
        return store(file, media, FrameSampling.UNIFORM, ImportOptions.DEFAULT_SAMPLED_FRAMES);
    }

    /**
     * @param file     an image or video file
     * @param media    the media store
     * @param sampling how to choose the stills of a video
     * @param frames   how many stills to keep of a video, at most
     * @return the stored file's description, perceptual hash and, for a video, its stills
     * @throws ImportFailure if it is unsupported, corrupt, truncated or too large
     * @throws IOException   if the media store cannot be written
     */
    static Stored store(Path file, MediaStore media, FrameSampling sampling, int frames) throws ImportFailure, IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportFailure("file not found or not a regular file");
        }
        return IMAGE_EXTENSIONS.contains(extension(file)) ? storeImage(file, media) : storeVideo(file, media, sampling, frames);
    }

    private static Stored storeImage(Path file, MediaStore media) throws ImportFailure, IOException {
        Decoded d = decode(file);
        int dw = d.image.getWidth();
        int dh = d.image.getHeight();
        int[] size = Pixels.fit(dw, dh, THUMBNAIL_SIZE);
        byte[] bgr = bgr(d.image);
        int[] thumbnail;
        if (bgr != null && (size[0] != dw || size[1] != dh)) {
            thumbnail = Pixels.scaleBgr(bgr, dw, dh, size[0], size[1]); // the common JPEG case, without an ARGB copy of the picture
        } else {
            int[] argb = argb(d.image);
            thumbnail = size[0] == dw && size[1] == dh ? argb : Pixels.scale(argb, dw, dh, size[0], size[1]);
        }
        String sha = media.put(file);
        writeThumbnail(media, sha, thumbnail, size[0], size[1]);
        MediaItem item = MediaItem.image(sha, Files.size(file), d.mimeType, d.width, d.height, file.getFileName().toString());
        return new Stored(item, Pixels.differenceHash(thumbnail, size[0], size[1]));
    }

    /**
     * @param image    the decoded picture (possibly subsampled)
     * @param width    the file's full width
     * @param height   the file's full height
     * @param mimeType the file's type
     */
    private record Decoded(BufferedImage image, int width, int height, String mimeType) {
    }

    /**
     * The subsampling step for decoding an image of this size: pictures with a longer side of at least
     * {@code 2 * DECODE_SIZE} pixels are decoded at every n-th pixel and row, so that the decoded longer side is
     * between {@code DECODE_SIZE} and {@code 2 * DECODE_SIZE - 1} pixels: still twice the thumbnail size, and
     * memory per image stays small whatever the image's size.
     */
    static int subsampling(long w, long h) {
        return (int) Math.max(1, Math.max(w, h) / DECODE_SIZE);
    }

    /** @return the pixel bytes of a decoded image in the JPEG reader's packed BGR layout, or {@code null} for any other layout */
    static byte[] bgr(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1 && image.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel model
                && model.getPixelStride() == 3 && model.getScanlineStride() == 3 * image.getWidth() && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0 && buffer.getData().length >= 3 * image.getWidth() * image.getHeight()) {
            return buffer.getData();
        }
        return null;
    }

    /**
     * ARGB pixels of a decoded image, read straight from its raster for the layouts the JPEG and PNG
     * readers produce (the generic {@code getRGB} path costs more than decoding).
     */
    static int[] argb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int n = w * h;
        int type = image.getType();
        if ((type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR || type == BufferedImage.TYPE_BYTE_GRAY)
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && image.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel model && model.getPixelStride() * w == model.getScanlineStride()
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
            byte[] b = buffer.getData();
            int[] out = new int[n];
            switch (type) {
                case BufferedImage.TYPE_3BYTE_BGR -> {
                    for (int i = 0, j = 0; i < n; i++, j += 3) {
                        out[i] = 0xff000000 | (b[j + 2] & 0xff) << 16 | (b[j + 1] & 0xff) << 8 | (b[j] & 0xff);
                    }
                }
                case BufferedImage.TYPE_4BYTE_ABGR -> {
                    for (int i = 0, j = 0; i < n; i++, j += 4) {
                        out[i] = (b[j] & 0xff) << 24 | (b[j + 3] & 0xff) << 16 | (b[j + 2] & 0xff) << 8 | (b[j + 1] & 0xff);
                    }
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        int g = b[i] & 0xff;
                        out[i] = 0xff000000 | g << 16 | g << 8 | g;
                    }
                }
            }
            return out;
        }
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB) && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getData().length == n && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            int[] out = buffer.getData().clone();
            if (type == BufferedImage.TYPE_INT_RGB) {
                for (int i = 0; i < n; i++) {
                    out[i] |= 0xff000000;
                }
            }
            return out;
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
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
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(w, h);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new ImportFailure("truncated or corrupt image: " + warnings.get(0));
                }
                String[] types = reader.getOriginatingProvider().getMIMETypes();
                return new Decoded(image, (int) w, (int) h, types != null && types.length > 0 ? types[0] : "image/" + extension(file));
            } catch (IOException | RuntimeException e) {
                throw new ImportFailure("truncated or corrupt image: " + describe(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Stored storeVideo(Path file, MediaStore media, FrameSampling sampling, int frames) throws ImportFailure, IOException {
        VideoInfo info;
        int[] sheet;
        int[] size;
        List<SampledFrame> stills;
        List<int[]> stillPixels = new ArrayList<>();
        int[] stillSize;
        try {
            info = VideoReader.probe(file);
            if (info.frameCount() < 1) {
                throw new ImportFailure("corrupt video: no frames");
            }
            size = Pixels.fit(info.width(), info.height(), THUMBNAIL_SIZE / 2);
            sheet = contactSheet(file, info, size[0], size[1]);
            stillSize = Pixels.fit(info.width(), info.height(), THUMBNAIL_SIZE);
            stills = sampling == FrameSampling.UNIFORM ? uniformFrames(info, frames) : sceneChanges(file, info, frames);
            try (VideoReader reader = VideoReader.open(file)) {
                for (SampledFrame f : stills) {
                    stillPixels.add(Pixels.scale(reader.frame(f.frameIndex()), info.width(), info.height(), stillSize[0], stillSize[1]));
                }
            }
        } catch (VideoException | RuntimeException e) {
            throw new ImportFailure("unsupported, corrupt or truncated video: " + describe(e), e);
        }
        String sha = media.put(file);
        int sw = size[0] * 2;
        int sh = size[1] * 2;
        writeThumbnail(media, sha, sheet, sw, sh);
        for (int i = 0; i < stills.size(); i++) {
            writePng(media.frameThumbnailPath(sha, stills.get(i).frameIndex(), THUMBNAIL_SIZE), stillPixels.get(i), stillSize[0], stillSize[1]);
        }
        MediaItem item = MediaItem.video(sha, Files.size(file), VIDEO_TYPES.get(extension(file)), info.width(), info.height(),
                info.durationSeconds(), info.fps(), info.codec(), file.getFileName().toString());
        return new Stored(item, Pixels.differenceHash(sheet, sw, sh), stills);
    }

    /** The middle frame of each of {@code count} equal parts of the video (fewer for a shorter video). */
    static List<SampledFrame> uniformFrames(VideoInfo info, int count) {
        long n = info.frameCount();
        int k = (int) Math.min(count, n);
        List<SampledFrame> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int index = (int) ((2L * i + 1) * n / (2L * k));
            out.add(new SampledFrame(index, index / info.fps(), false));
        }
        return out;
    }

    /**
     * The first frame and the starts of new shots: every frame is decoded in order and scaled to 32 x 18 grey
     * values; where the mean absolute difference to the previous frame is at least
     * {@link #SCENE_CHANGE_THRESHOLD}, a shot starts. Of those at least half a second after the previous kept
     * one, the {@code count - 1} strongest are kept, in time order.
     */
    static List<SampledFrame> sceneChanges(Path file, VideoInfo info, int count) throws VideoException {
        record Cut(int index, int strength) {
        }
        List<Cut> cuts = new ArrayList<>();
        int minGap = Math.max(1, (int) Math.round(info.fps() / 2));
        try (VideoReader reader = VideoReader.open(file)) {
            int[] previous = null;
            int lastCut = 0;
            for (int i = 0; i < info.frameCount(); i++) {
                int[] small = Pixels.scale(reader.frame(i), info.width(), info.height(), 32, 18);
                int[] grey = new int[small.length];
                for (int j = 0; j < small.length; j++) {
                    int p = small[j];
                    grey[j] = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
                }
                if (previous != null) {
                    long sum = 0;
                    for (int j = 0; j < grey.length; j++) {
                        sum += Math.abs(grey[j] - previous[j]);
                    }
                    int strength = (int) (sum / grey.length);
                    if (strength >= SCENE_CHANGE_THRESHOLD && i - lastCut >= minGap) {
                        cuts.add(new Cut(i, strength));
                        lastCut = i;
                    }
                }
                previous = grey;
            }
        }
        List<Cut> kept = new ArrayList<>(cuts);
        kept.sort(java.util.Comparator.comparingInt(Cut::strength).reversed().thenComparingInt(Cut::index));
        kept = new ArrayList<>(kept.subList(0, Math.min(kept.size(), count - 1)));
        kept.sort(java.util.Comparator.comparingInt(Cut::index));
        List<SampledFrame> out = new ArrayList<>();
        out.add(new SampledFrame(0, 0, false));
        for (Cut c : kept) {
            out.add(new SampledFrame(c.index(), c.index() / info.fps(), true));
        }
        return out;
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

    /**
     * Writes a thumbnail (at most {@link #THUMBNAIL_SIZE} pixels on its longer side; scaled down here if it is
     * larger) as PNG to the media store's thumbnail cache, through a temporary file and a rename: RGB when every
     * pixel is opaque, else RGBA; zlib level 1 (a cache: four times faster to write than level 6, about 20 %
     * larger).
     */
    private static void writeThumbnail(MediaStore media, String sha, int[] argb, int w, int h) throws IOException {
        Path target = media.thumbnailPath(sha, THUMBNAIL_SIZE);
        if (Files.exists(target)) {
            return;
        }
        int[] size = Pixels.fit(w, h, THUMBNAIL_SIZE);
        int[] small = size[0] == w && size[1] == h ? argb : Pixels.scale(argb, w, h, size[0], size[1]);
        writePng(target, small, size[0], size[1]);
    }

    /** Writes pixels as PNG (RGB when all are opaque, else RGBA; zlib level 1) through a temporary file and a rename. */
    private static void writePng(Path target, int[] pixels, int w, int h) throws IOException {
        boolean opaque = true;
        for (int p : pixels) {
            if (p >>> 24 != 0xff) {
                opaque = false;
                break;
            }
        }
        Files.createDirectories(target.getParent());
        try (PngImageWriter png = new PngImageWriter(1)) { // written to a temporary file next to the target, then renamed
            if (opaque) {
                png.writeRgb(target, pixels, w, h);
            } else {
                png.writeRgba(target, pixels, w, h);
            }
        } catch (VideoException e) {
            throw new IOException("thumbnail " + target + " cannot be written: " + e.getMessage(), e);
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
