package ai.fvgs.production.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.production.Production;
import ai.fvgs.production.RenderJob;
import ai.fvgs.production.RenderOptions;
import ai.fvgs.production.RenderResult;
import ai.fvgs.render.RenderSettings;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.Progress;

/** Renders scenes end to end into real files and checks them with ffprobe and by reading them back. */
class RenderJobOSGiTest {

    @TempDir
    Path dir;

    @Test
    void mp4PngSequenceAndGuidanceAreCompleteAndConsistent() throws Exception {
        Scene scene = TestScenes.runway(320, 180, 30, 1.0);
        Production p = TestScenes.prepare(scene);
        Path video = dir.resolve("walk.mp4");
        Path png = dir.resolve("frames");
        Path guidance = dir.resolve("guidance");
        RenderResult r = new RenderJob(p, new RenderOptions(video, png, guidance, 2, RenderSettings.DEFAULT)).run(Progress.NONE);
        assertEquals(30, r.frames());

        JsonNode probe = Ffprobe.probe(video);
        JsonNode stream = probe.path("streams").get(0);
        assertEquals("h264", stream.path("codec_name").asText());
        assertEquals(320, stream.path("width").asInt());
        assertEquals(180, stream.path("height").asInt());
        assertEquals(30, stream.path("nb_read_frames").asInt());
        assertEquals(1.0, probe.path("format").path("duration").asDouble(), 0.05);

        assertEquals(30, count(png, ".png"));
        for (String f : List.of("pose", "depth", "normal", "segmentation", "mask")) {
            assertEquals(30, count(guidance.resolve(f), ".png"), f);
            assertTrue(Files.exists(guidance.resolve(f).resolve("frame_000030.png")), f);
        }
        assertEquals(30, count(guidance.resolve("openpose"), "_keypoints.json"));
        JsonNode meta = new ObjectMapper().readTree(guidance.resolve("guidance.json").toFile());
        assertEquals("openpose-coco18", meta.path("keypoints").path("layout").asText());
        assertEquals(30, meta.path("frames").asInt());
        assertTrue(meta.path("depth").path("far").asDouble() > meta.path("depth").path("near").asDouble());
        JsonNode kp = new ObjectMapper().readTree(guidance.resolve("openpose/frame_000015_keypoints.json").toFile());
        assertEquals(54, kp.path("people").get(0).path("pose_keypoints_2d").size());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("frames", "guidance", "walk.mp4"), s.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary files are left");
        }
        // the finished folders get the permissions any new folder there gets, not a temporary folder's owner-only ones
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(guidance));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(png));
    }

    @Test
    void aTransparentBackgroundGivesWebmWithAlphaAndRgbaFrames() throws Exception {
        Scene s = TestScenes.runway(192, 108, 24, 0.5);
        Scene clear = new Scene(s.avatar(), s.outfit(), new Scene.Background("ai.fvgs.background.transparent", java.util.Map.of()),
                s.motion(), s.camera(), s.lights(), s.output());
        Path webm = dir.resolve("walk.webm");
        Path png = dir.resolve("frames");
        new RenderJob(TestScenes.prepare(clear), new RenderOptions(webm, png, null, 2, RenderSettings.DEFAULT)).run(Progress.NONE);
        JsonNode stream = Ffprobe.probe(webm).path("streams").get(0);
        assertEquals("vp9", stream.path("codec_name").asText());
        assertEquals("1", stream.path("tags").path("alpha_mode").asText(), () -> "alpha_mode tag in " + stream.path("tags"));
        java.awt.image.BufferedImage frame = javax.imageio.ImageIO.read(png.resolve("frame_000001.png").toFile());
        assertEquals(0, frame.getRGB(0, 0) >>> 24, "the corner is transparent");
        assertEquals(255, frame.getRGB(96, 60) >>> 24, "the model's middle is opaque");

        // an MP4 cannot keep alpha: the transparent background paints its opaque fallback colour instead
        Path mp4 = dir.resolve("walk.mp4");
        new RenderJob(TestScenes.prepare(clear), new RenderOptions(mp4, dir.resolve("mp4frames"), null, 2, RenderSettings.DEFAULT))
                .run(Progress.NONE);
        java.awt.image.BufferedImage opaque = javax.imageio.ImageIO.read(dir.resolve("mp4frames/frame_000001.png").toFile());
        assertEquals(255, opaque.getRGB(0, 0) >>> 24);
        assertTrue((opaque.getRGB(0, 0) >> 8 & 0xff) > 150, "fallback green at the corner: " + Integer.toHexString(opaque.getRGB(0, 0)));
    }

    /** The whole pipeline (cloth, background painted ahead on another thread, writer thread) is deterministic. */
    @Test
    void pngFramesAreByteIdenticalWithOneAndTwoRenderThreads() throws Exception {
        Scene s = TestScenes.runway(256, 144, 24, 1.0);
        List<Scene.Garment> outfit = new java.util.ArrayList<>(s.outfit());
        outfit.add(new Scene.Garment("ai.fvgs.garment.pleated-skirt", java.util.Map.of("length", 60),
                new Scene.Fabric(0x7a1f2b, ai.fvgs.scene.Material.SILK, Scene.Pattern.NONE)));
        Scene dressed = new Scene(s.avatar(), outfit, new Scene.Background("ai.fvgs.background.runway", java.util.Map.of()), s.motion(),
                s.camera(), s.lights(), s.output());
        new RenderJob(TestScenes.prepare(dressed), new RenderOptions(null, dir.resolve("one"), null, 1, RenderSettings.DEFAULT))
                .run(Progress.NONE);
        new RenderJob(TestScenes.prepare(dressed), new RenderOptions(null, dir.resolve("two"), null, 2, RenderSettings.DEFAULT))
                .run(Progress.NONE);
        assertEquals(24, count(dir.resolve("one"), ".png"));
        for (int i = 1; i <= 24; i++) {
            String name = String.format(java.util.Locale.ROOT, "frame_%06d.png", i);
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("one").resolve(name)),
                    Files.readAllBytes(dir.resolve("two").resolve(name))), name + " differs between 1 and 2 threads");
        }
    }

    /**
     * With several threads, several frames render at once, each posed into its own copy of the meshes while the
     * next is posed: the guidance sequences (depth, normals, segmentation, mask, keypoints) are the same as with one
     * thread, also with three frames in flight and a frame count that is not a multiple of three.
     */
    @Test
    void guidanceIsByteIdenticalWithOneAndThreeFramesInFlight() throws Exception {
        Scene s = TestScenes.runway(192, 108, 24, 20 / 24.0);
        List<Scene.Garment> outfit = new java.util.ArrayList<>(s.outfit());
        outfit.add(new Scene.Garment("ai.fvgs.garment.pleated-skirt", java.util.Map.of("length", 60),
                new Scene.Fabric(0x7a1f2b, ai.fvgs.scene.Material.SILK, Scene.Pattern.NONE)));
        Scene dressed = new Scene(s.avatar(), outfit, s.background(), s.motion(), s.camera(), s.lights(), s.output());
        new RenderJob(TestScenes.prepare(dressed), new RenderOptions(null, null, dir.resolve("one"), 1, RenderSettings.DEFAULT))
                .run(Progress.NONE);
        new RenderJob(TestScenes.prepare(dressed), new RenderOptions(null, null, dir.resolve("three"), 3, RenderSettings.DEFAULT))
                .run(Progress.NONE);
        int compared = 0;
        for (String f : List.of("pose", "depth", "normal", "segmentation", "mask", "openpose")) {
            try (Stream<Path> files = Files.list(dir.resolve("one").resolve(f))) {
                for (Path a : files.toList()) {
                    Path b = dir.resolve("three").resolve(f).resolve(a.getFileName());
                    assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), f + "/" + a.getFileName()
                            + " differs between one and three frames in flight");
                    compared++;
                }
            }
        }
        assertEquals(6 * 20, compared);
    }

    /**
     * Without a guidance folder the frames are rendered colour only, in place onto the painted background; with one,
     * into full buffers. The frames are the same either way, and the result reports processor time per stage.
     */
    @Test
    void framesWithoutGuidanceAreTheSameAsWithIt() throws Exception {
        Scene scene = TestScenes.runway(256, 144, 24, 0.5);
        RenderResult colourOnly = new RenderJob(TestScenes.prepare(scene),
                new RenderOptions(null, dir.resolve("colour"), null, 2, RenderSettings.DEFAULT)).run(Progress.NONE);
        new RenderJob(TestScenes.prepare(scene),
                new RenderOptions(null, dir.resolve("full"), dir.resolve("guidance"), 2, RenderSettings.DEFAULT)).run(Progress.NONE);
        assertEquals(12, count(dir.resolve("colour"), ".png"));
        for (int i = 1; i <= 12; i++) {
            String name = String.format(java.util.Locale.ROOT, "frame_%06d.png", i);
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("colour").resolve(name)),
                    Files.readAllBytes(dir.resolve("full").resolve(name))), name + " differs without guidance");
        }
        RenderResult.Cpu cpu = colourOnly.cpu();
        assertTrue(cpu.totalMillis() > 0, "processor time is measured: " + cpu);
        assertTrue(cpu.backgroundMillis() > 0 && cpu.writeMillis() > 0 && cpu.animateMillis() > 0, cpu.toString());
        assertTrue(cpu.totalMillis() >= cpu.animateMillis() + cpu.backgroundMillis() + cpu.writeMillis(),
                "the total holds the stages: " + cpu);
    }

    @Test
    void aFolderWithContentIsNeverOverwrittenAndNothingIsWritten() throws Exception {
        Production p = TestScenes.prepare(TestScenes.runway(160, 90, 24, 0.25));
        Path guidance = Files.createDirectories(dir.resolve("guidance"));
        Files.writeString(guidance.resolve("keep.txt"), "earlier work");
        Path video = dir.resolve("walk.mp4");
        IOException e = assertThrows(IOException.class,
                () -> new RenderJob(p, new RenderOptions(video, null, guidance, 1, RenderSettings.DEFAULT)).run(Progress.NONE));
        assertTrue(e instanceof FileAlreadyExistsException, e.toString());
        assertTrue(e.getMessage().contains("guidance"), e.getMessage());
        assertFalse(Files.exists(video));
        assertEquals("earlier work", Files.readString(guidance.resolve("keep.txt")));
    }

    @Test
    void cancellingLeavesNothingBehind() throws Exception {
        Production p = TestScenes.prepare(TestScenes.runway(160, 90, 24, 2));
        Path video = dir.resolve("walk.webm");
        Path png = dir.resolve("frames");
        Progress cancelAfterFive = new Progress() {
            private int frames;

            @Override
            public void report(double fraction, String message) {
                frames++;
            }

            @Override
            public boolean isCancelled() {
                return frames >= 5;
            }
        };
        assertThrows(CancellationException.class,
                () -> new RenderJob(p, new RenderOptions(video, png, null, 2, RenderSettings.DEFAULT)).run(cancelAfterFive));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "no output and no temporary file remains");
        }
    }

    private static long count(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix) && !f.getFileName().toString().startsWith(".")).count();
        }
    }
}
