package ai.fvgs.video.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import ai.fvgs.video.Quality;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoInfo;
import ai.fvgs.video.VideoReader;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/**
 * Measures encoding speed: MP4, WebM (with and without alpha) and PNG sequences of 1280x720 frames at 25 fps,
 * plus decoding speed of the MP4 and, for comparison, ImageIO's PNG writer. Only {@code write} and
 * {@code close} are timed, not drawing the frames. Not a test: run it with {@code tests/benchmarks/video.sh}.
 *
 * <p>Arguments: {@code [frames] [width] [height]}, default 300 1280 720. Prints a Markdown table.
 */
public final class VideoBenchmark {

    private VideoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 720;
        Path dir = Files.createTempDirectory("fvgs-video-benchmark");
        try {
            System.out.printf(Locale.ROOT, "%d frames of %dx%d at 25 fps, %d cores%n%n", frames, width, height,
                    Runtime.getRuntime().availableProcessors());
            System.out.println("| output | encode fps | ms per frame | size |");
            System.out.println("| --- | --- | --- | --- |");
            Path mp4 = dir.resolve("bench.mp4");
            encode("MP4 H.264 (OpenH264), STANDARD", mp4, VideoSpec.of(VideoFormat.MP4_H264, width, height, 25), frames);
            encode("WebM VP9, STANDARD", dir.resolve("bench.webm"), VideoSpec.of(VideoFormat.WEBM_VP9, width, height, 25), frames);
            encode("WebM VP9 with alpha, STANDARD", dir.resolve("alpha.webm"),
                    VideoSpec.of(VideoFormat.WEBM_VP9, width, height, 25).withAlpha(true), frames);
            encode("MP4 H.264, HIGH", dir.resolve("high.mp4"),
                    VideoSpec.of(VideoFormat.MP4_H264, width, height, 25).withQuality(Quality.HIGH), frames);
            encode("PNG sequence RGB", dir.resolve("png-rgb"), VideoSpec.of(VideoFormat.PNG_SEQUENCE, width, height, 25), frames);
            encode("PNG sequence RGBA", dir.resolve("png-rgba"),
                    VideoSpec.of(VideoFormat.PNG_SEQUENCE, width, height, 25).withAlpha(true), frames);
            imageIo(dir.resolve("imageio"), width, height, Math.min(frames, 60));
            decode(mp4);
        } finally {
            delete(dir);
        }
    }

    private static void encode(String label, Path output, VideoSpec spec, int frames) throws IOException {
        BenchmarkFrames source = new BenchmarkFrames(spec.width(), spec.height());
        VideoWriter writer = VideoWriter.open(output, spec);
        long nanos = 0;
        try {
            for (int i = 0; i < frames; i++) {
                int[] argb = source.frame(i);
                long start = System.nanoTime();
                writer.write(argb, spec.width(), spec.height());
                nanos += System.nanoTime() - start;
            }
            long start = System.nanoTime();
            writer.close();
            nanos += System.nanoTime() - start;
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
        row(label, frames, nanos, size(output));
    }

    private static void imageIo(Path folder, int width, int height, int frames) throws IOException {
        Files.createDirectories(folder);
        BenchmarkFrames source = new BenchmarkFrames(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        long nanos = 0;
        for (int i = 0; i < frames; i++) {
            int[] argb = source.frame(i);
            long start = System.nanoTime();
            image.setRGB(0, 0, width, height, argb, 0, width);
            ImageIO.write(image, "png", folder.resolve(String.format("frame_%06d.png", i + 1)).toFile());
            nanos += System.nanoTime() - start;
        }
        row("ImageIO PNG RGBA, for comparison (" + frames + " frames)", frames, nanos, size(folder));
    }

    private static void decode(Path mp4) throws IOException {
        long start = System.nanoTime();
        try (VideoReader reader = VideoReader.open(mp4)) {
            VideoInfo info = reader.info();
            for (int i = 0; i < info.frameCount(); i++) {
                reader.frame(i);
            }
            long nanos = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "%nDecoding the MP4 to ARGB with VideoReader (open, probe and %d frames): %.0f fps%n",
                    info.frameCount(), info.frameCount() / (nanos / 1e9));
        }
    }

    private static void row(String label, int frames, long nanos, long bytes) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f MB |%n", label, frames / seconds, 1000 * seconds / frames,
                bytes / 1e6);
    }

    private static long size(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
