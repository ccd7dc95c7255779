package ai.fvgs.backgrounds.basic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;

/** The picture background: where the picture lands for each fit, the filter, and every file error. */
class ImageBackgroundTest {

    static final int RED = 0xFFFF0000;
    static final int BLUE = 0xFF0000FF;
    static final int GREEN = 0xFF00FF00;

    @TempDir
    static Path dir;

    /** 40 x 20 pixels: the left half red, the right half blue. */
    @BeforeAll
    static void writePictures() throws IOException {
        BufferedImage halves = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                halves.setRGB(x, y, x < 20 ? RED : BLUE);
            }
        }
        ImageIO.write(halves, "png", dir.resolve("halves.png").toFile());
        BufferedImage checker = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                checker.setRGB(x, y, ((x + y) & 1) == 0 ? 0xFFFFFF : 0x000000);
            }
        }
        ImageIO.write(checker, "png", dir.resolve("checker.png").toFile());
        BufferedImage orange = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                orange.setRGB(x, y, 0xE08020);
            }
        }
        ImageIO.write(orange, "jpg", dir.resolve("orange.jpeg").toFile());
        Files.writeString(dir.resolve("text.png"), "this is not a picture");
        byte[] png = Files.readAllBytes(dir.resolve("halves.png"));
        Files.write(dir.resolve("truncated.png"), Arrays.copyOf(png, 60));
    }

    static RgbaImage paint(Map<String, String> parameters) {
        RgbaImage img = new RgbaImage(100, 100);
        new ImageBackground().configure(parameters, dir).paint(img, 0);
        return img;
    }

    @Test
    void coverFillsTheFrameAndCropsTheSides() {
        RgbaImage img = paint(Map.of("file", "halves.png", "fit", "cover", "matte", "#00ff00"));
        for (int y = 0; y < 100; y += 9) {
            assertEquals(RED, img.get(10, y), "left, row " + y);
            assertEquals(BLUE, img.get(90, y), "right, row " + y);
        }
        assertEquals(RED, img.get(47, 50), "the picture is scaled 5 times: its middle is the frame's middle");
        assertEquals(BLUE, img.get(52, 50));
    }

    @Test
    void containShowsAllOfItBetweenMatteBars() {
        RgbaImage img = paint(Map.of("file", "halves.png", "fit", "contain", "matte", "#00ff00"));
        assertEquals(GREEN, img.get(50, 10), "bar above");
        assertEquals(GREEN, img.get(50, 24), "bar above, last row");
        assertEquals(RED, img.get(10, 25), "first row of the picture (scaled 2.5 times, 50 rows high)");
        assertEquals(BLUE, img.get(90, 74), "last row of the picture");
        assertEquals(GREEN, img.get(50, 75), "bar below");
        assertEquals(RED, img.get(0, 50), "the picture reaches the left edge");
        assertEquals(BLUE, img.get(99, 50), "and the right edge");
    }

    @Test
    void stretchFillsTheFrameChangingProportions() {
        RgbaImage img = paint(Map.of("file", "halves.png", "fit", "stretch"));
        for (int y = 0; y < 100; y += 11) {
            assertEquals(RED, img.get(5, y));
            assertEquals(RED, img.get(47, y));
            assertEquals(BLUE, img.get(53, y));
            assertEquals(BLUE, img.get(95, y));
        }
    }

    @Test
    void shrinkingFiltersInsteadOfPickingPixels() {
        RgbaImage img = new RgbaImage(32, 32);
        new ImageBackground().configure(Map.of("file", "checker.png", "fit", "stretch"), dir).paint(img, 0);
        for (int y = 2; y < 30; y++) {
            for (int x = 2; x < 30; x++) {
                int grey = img.get(x, y) & 0xFF;
                assertTrue(Math.abs(grey - 128) <= 1, "a 1-pixel checkerboard halved is even grey, got " + grey + " at " + x + "," + y);
            }
        }
    }

    @Test
    void jpegDecodesAndTheSecondFrameIsTheSame() {
        Background bg = new ImageBackground().configure(Map.of("file", "orange.jpeg"), dir);
        RgbaImage a = new RgbaImage(64, 36);
        RgbaImage b = new RgbaImage(64, 36);
        bg.paint(a, 0);
        bg.paint(b, 5);
        assertArrayEquals(a.pixels(), b.pixels());
        int p = a.get(32, 18);
        assertTrue(Math.abs((p >> 16 & 0xFF) - 0xE0) < 8 && Math.abs((p >> 8 & 0xFF) - 0x80) < 8 && Math.abs((p & 0xFF) - 0x20) < 8,
                "orange survives JPEG: " + Integer.toHexString(p));
    }

    @Test
    void fileErrorsNameTheKeyTheValueAndWhatIsAllowed() {
        Background image = new ImageBackground();
        String allowed = "allowed: a readable .png, .jpg, .jpeg file";
        assertEquals("file: missing; " + allowed, message(() -> image.configure(Map.of(), dir)));
        assertEquals("file: \"clip.gif\" is not an allowed file type; " + allowed, message(() -> image.configure(Map.of("file", "clip.gif"), dir)));
        assertEquals("file: \"gone.png\" does not exist (looked for " + dir.resolve("gone.png").toAbsolutePath().normalize() + "); " + allowed,
                message(() -> image.configure(Map.of("file", "gone.png"), dir)));
        assertTrue(message(() -> image.configure(Map.of("file", "text.png"), dir))
                .startsWith("file: \"text.png\" is not a PNG or JPEG picture ("), "text");
        String truncated = message(() -> image.configure(Map.of("file", "truncated.png"), dir));
        assertTrue(truncated.startsWith("file: \"truncated.png\" ") && truncated.endsWith("allowed: a PNG or JPEG picture"), truncated);
        assertEquals("fit: \"fill\" is not allowed; allowed: cover, contain, stretch",
                message(() -> image.configure(Map.of("file", "halves.png", "fit", "fill"), dir)));
    }

    @Test
    void aPictureOverTheSizeLimitIsRejectedFromItsHeader() throws IOException {
        byte[] png = Files.readAllBytes(dir.resolve("halves.png"));
        ByteBuffer ihdr = ByteBuffer.wrap(png, 16, 8);
        ihdr.putInt(9000).putInt(5000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        Files.write(dir.resolve("huge.png"), png);
        assertEquals("file: \"huge.png\" is 9000x5000 pixels; allowed: up to 40 megapixels",
                message(() -> new ImageBackground().configure(Map.of("file", "huge.png"), dir)));
    }

    @Test
    void theUnconfiguredServicePaintsItsMatte() {
        RgbaImage img = new RgbaImage(4, 4);
        new ImageBackground().paint(img, 0);
        assertEquals(0xFF000000, img.get(1, 1));
    }

    static String message(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }
}
