package ai.fvgs.dataset.tests;

import ai.fvgs.dataset.SearchQuery;

import ai.fvgs.dataset.SampledFrame;

import ai.fvgs.dataset.FrameSampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportProblem;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.MediaItem;
import ai.fvgs.dataset.MediaKind;
import ai.fvgs.dataset.Provenance;
import ai.fvgs.dataset.TextKind;
import ai.fvgs.sdk.Progress;
import ai.fvgs.video.VideoFormat;
import ai.fvgs.video.VideoSpec;
import ai.fvgs.video.VideoWriter;

/** Imports of real generated files (PNG, JPEG, MP4, broken files, manifests); one subclass per database. */
abstract class ImportTests extends DatabaseSuite {

    static final ImportOptions OPTIONS = ImportOptions.defaults("importer")
            .withProvenance(new Provenance(null, "CC-BY-4.0", null, Consent.UNKNOWN, "Studio A", null));

    @Test
    void importsAFolderAndReportsEveryProblemFile() throws Exception {
        Path in = work.resolve("in");
        Path look1 = png(in.resolve("a/look-01.png"), gradient(false));
        write(in.resolve("a/look-01.txt"), "A model in a red dress\n");
        write(in.resolve("a/look-01.json"), "{\"description\": \"Red A-line dress\", \"tags\": [\"dress\", \"red\"], \"licence\": \"CC0-1.0\"}");
        png(in.resolve("a/look-02.png"), gradient(true));
        Files.createDirectories(in.resolve("b"));
        Files.copy(look1, in.resolve("b/copy.png"));
        ImageIO.write(gradient(false), "jpg", in.resolve("b/similar.jpg").toFile());
        mp4(in.resolve("walk.mp4"));
        byte[] full = Files.readAllBytes(in.resolve("a/look-02.png"));
        Files.write(in.resolve("broken.png"), Arrays.copyOf(full, full.length / 2));
        Files.write(in.resolve("bomb.png"), fakePngHeader(20_000, 20_000));
        write(in.resolve("pic.webp"), "RIFF....WEBPVP8 ");
        write(in.resolve("notes.gif"), "GIF89a");

        try (DatasetStore store = open()) {
            ImportReport r = store.importer().run(in, OPTIONS, Progress.NONE);
            assertEquals(4, r.entriesCreated(), "look-01, look-02, similar, walk: " + r.problems());
            assertEquals(11, r.filesSeen(), "3 files of look-01 and 8 others");
            assertEquals(List.of("copy.png"), r.duplicates().stream().map(ImportProblem::file).toList());
            assertEquals(List.of("similar.jpg"), r.nearDuplicates().stream().map(ImportProblem::file).toList());
            assertEquals(r.duplicates().get(0).otherEntryId(), r.nearDuplicates().get(0).otherEntryId(), "both point at look-01");
            assertError(r, "bomb.png", "too large: 20000 x 20000");
            assertError(r, "broken.png", "corrupt");
            assertError(r, "pic.webp", "unsupported");
            assertError(r, "notes.gif", "unsupported file type .gif");
            assertEquals(4, r.errors().size(), r.errors().toString());

            DatasetEntry look = store.entry(r.duplicates().get(0).otherEntryId()).orElseThrow();
            assertEquals(List.of(TextKind.CAPTION, TextKind.DESCRIPTION, TextKind.TAGS), look.texts().stream().map(t -> t.kind()).toList());
            assertEquals("A model in a red dress", look.texts().get(0).text());
            assertEquals("dress, red", look.texts().get(2).text());
            assertEquals("CC0-1.0", look.provenance().licence(), "the side-car overrides the licence");
            assertEquals("Studio A", look.provenance().creator());
            assertEquals(in.toString(), look.provenance().source(), "the source defaults to the folder");
            assertEquals(r.batchId(), look.provenance().importBatchId());
            MediaItem image = look.media().get(0);
            assertEquals(List.of(64, 48, "image/png"), List.of(image.width(), image.height(), image.mimeType()));
            BufferedImage thumb = ImageIO.read(store.media().thumbnailPath(image.sha256(), 256).toFile());
            assertEquals(64, thumb.getWidth(), "small images keep their size in the thumbnail");

            DatasetEntry walk = store.entry(look.id() + 3).orElseThrow();
            MediaItem video = walk.media().get(0);
            assertEquals(MediaKind.VIDEO, video.kind());
            assertEquals(List.of(64, 48, 25.0, "h264"), List.of(video.width(), video.height(), video.fps(), video.codec()));
            assertEquals(0.4, video.durationSeconds(), 0.05);
            assertTrue(Files.isRegularFile(store.media().thumbnailPath(video.sha256(), 256)), "video thumbnail");

            ImportReport again = store.importer().run(in, OPTIONS, Progress.NONE);
            assertEquals(0, again.entriesCreated(), "a re-run creates nothing new: " + again.problems());
            assertEquals(4, again.alreadyImported());
            assertEquals(1, again.duplicates().size());
            assertEquals(4, again.errors().size());
            assertFalse(again.resumed(), "the first batch was completed");
        }
    }

    @Test
    void aCancelledImportContinuesWhereItStopped() throws Exception {
        Path in = work.resolve("in");
        for (int i = 0; i < 5; i++) {
            BufferedImage img = gradient(i % 2 == 0);
            img.setRGB(i, i, 0xff00ff00);
            png(in.resolve("img-" + i + ".png"), img);
        }
        Progress stopAfterTwo = new Progress() { // asked before each entry: cancelled before the third
            int asked;

            @Override
            public void report(double fraction, String message) {
                // not needed
            }

            @Override
            public boolean isCancelled() {
                return ++asked > 2;
            }
        };
        try (DatasetStore store = open()) {
            assertThrows(CancellationException.class, () -> store.importer().run(in, OPTIONS, stopAfterTwo));
        }
        try (DatasetStore store = open()) {
            ImportReport r = store.importer().run(in, OPTIONS, Progress.NONE);
            assertTrue(r.resumed(), "the cancelled batch is continued");
            assertEquals(2, r.alreadyImported());
            assertEquals(3, r.entriesCreated());
            assertEquals(r.batchId(), store.entry(1).orElseThrow().provenance().importBatchId(), "same batch as the first run");
        }
    }

    @Test
    void importsCsvAndJsonlManifestsLineByLine() throws Exception {
        Path in = work.resolve("m");
        png(in.resolve("img/one.png"), gradient(false));
        png(in.resolve("img/two.png"), gradient(true));
        write(in.resolve("list.csv"), "file,caption,consent,key\n"
                + "img/one.png,\"Red dress, long\nsecond line\",obtained,k1\n"
                + "img/missing.png,Nothing,,k2\n"
                + "img/two.png,too,many,fields,here\n"
                + "img/two.png,Bad consent,maybe,k4\n");
        try (DatasetStore store = open()) {
            ImportReport r = store.importer().run(in.resolve("list.csv"), OPTIONS, Progress.NONE);
            assertEquals(1, r.entriesCreated(), r.problems().toString());
            assertError(r, "missing.png", "not found");
            assertError(r, "list.csv:5", "fields, the header has 4");
            assertError(r, "list.csv:6", "consent 'maybe'");
            DatasetEntry e = store.entry(1).orElseThrow();
            assertEquals("Red dress, long\nsecond line", e.texts().get(0).text());
            assertEquals(Consent.OBTAINED, e.provenance().consent());

            write(in.resolve("list.jsonl"), "{\"files\": [\"img/two.png\"], \"caption\": \"Blue\", \"language\": \"de\"}\n"
                    + "{not json\n"
                    + "{\"file\": \"img/two.png\", \"colour\": \"blue\"}\n");
            ImportReport j = store.importer().run(in.resolve("list.jsonl"), OPTIONS, Progress.NONE);
            assertEquals(1, j.entriesCreated(), j.problems().toString());
            assertError(j, "list.jsonl:2", "malformed JSONL line");
            assertError(j, "list.jsonl:3", "unknown field \"colour\"");
            assertEquals("de", store.entry(2).orElseThrow().texts().get(0).language());
        }
    }

    private static void assertError(ImportReport r, String file, String reason) {
        assertTrue(r.errors().stream().anyMatch(p -> p.file().endsWith(file) && p.reason().contains(reason)),
                "expected an error for " + file + " containing '" + reason + "': " + r.errors());
    }

    /** A 64 x 48 picture: brightness falls (or rises) from left to right, with horizontal bands. */
    static BufferedImage gradient(boolean rising) {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                int v = rising ? x * 4 : 255 - x * 4;
                int band = (y / 12) % 2 == 0 ? 0 : 20;
                img.setRGB(x, y, (Math.min(255, v + band) << 16) | (v << 8) | v);
            }
        }
        return img;
    }

    static Path png(Path file, BufferedImage img) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void videoStillsAreSampledUniformlyOrAtSceneChanges() throws Exception {
        Path uniform = work.resolve("uniform");
        Path scenes = work.resolve("scenes");
        threeShots(uniform.resolve("show.mp4"), 0);
        threeShots(scenes.resolve("show.mp4"), 1); // other colours: not a duplicate of the first
        try (DatasetStore store = open()) {
            store.importer().run(uniform, OPTIONS.withFrames(FrameSampling.UNIFORM, 4), Progress.NONE);
            store.importer().run(scenes, OPTIONS.withFrames(FrameSampling.SCENE_CHANGES, 8), Progress.NONE);
            List<DatasetEntry> entries = store.search().search(SearchQuery.all()).entries();
            assertEquals(2, entries.size());
            MediaItem u = entries.get(0).media().get(0);
            MediaItem c = entries.get(1).media().get(0);
            assertEquals(List.of(9, 28, 46, 65), store.sampledFrames(u.id()).stream().map(SampledFrame::frameIndex).toList(),
                    "the middle frames of four equal parts of 75 frames");
            assertEquals(List.of(new SampledFrame(0, 0, false), new SampledFrame(25, 1.0, true), new SampledFrame(50, 2.0, true)),
                    store.sampledFrames(c.id()), "the first frame and the first frame of each new shot");
            for (SampledFrame f : store.sampledFrames(c.id())) {
                Path still = store.media().frameThumbnailPath(c.sha256(), f.frameIndex(), 256);
                BufferedImage image = ImageIO.read(still.toFile());
                int rgb = image.getRGB(32, 24) & 0xffffff;
                int shot = f.frameIndex() / 25;
                assertTrue(Math.abs(((rgb >> (16 - 8 * shot)) & 0xff) - 200) < 40, "still of frame " + f.frameIndex() + " shows shot " + shot + ": "
                        + Integer.toHexString(rgb));
            }
            assertEquals(List.of(), store.sampledFrames(store.search().search(SearchQuery.all()).entries().get(0).media().get(0).id() + 1000),
                    "no stills for an unknown media item");
        }
    }

    /** 75 frames of 64 x 48 at 25 fps in three one-second shots: red, green, blue (plus a tint). */
    static void threeShots(Path file, int tint) throws Exception {
        Files.createDirectories(file.getParent());
        VideoWriter w = VideoWriter.open(file, VideoSpec.of(VideoFormat.MP4_H264, 64, 48, 25));
        try {
            int[] frame = new int[64 * 48];
            for (int i = 0; i < 75; i++) {
                int shot = i / 25;
                Arrays.fill(frame, 0xff000000 | 200 << (16 - 8 * shot) | tint * 0x101010);
                w.write(frame, 64, 48);
            }
            w.close();
        } catch (Exception e) {
            w.abort();
            throw e;
        }
    }

    /** A 10-frame 64 x 48 MP4 at 25 fps. */
    static void mp4(Path file) throws Exception {
        VideoWriter w = VideoWriter.open(file, VideoSpec.of(VideoFormat.MP4_H264, 64, 48, 25));
        try {
            int[] frame = new int[64 * 48];
            for (int i = 0; i < 10; i++) {
                Arrays.fill(frame, 0xff000000 | (i * 20) << 16 | 0x4080);
                w.write(frame, 64, 48);
            }
            w.close();
        } catch (Exception e) {
            w.abort();
            throw e;
        }
    }

    /** The signature and header of a PNG claiming a size, with valid CRCs, and no image data. */
    static byte[] fakePngHeader(int width, int height) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeBytes("IHDR");
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] { 8, 2, 0, 0, 0 });
        out.writeInt(13);
        out.write(ihdr.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(ihdr.toByteArray());
        out.writeInt((int) crc.getValue());
        out.writeInt(0);
        out.writeBytes("IEND");
        CRC32 end = new CRC32();
        end.update("IEND".getBytes(StandardCharsets.US_ASCII));
        out.writeInt((int) end.getValue());
        return bytes.toByteArray();
    }
}
