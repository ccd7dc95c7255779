package ai.fvgs.outfit.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;

/**
 * The repeating tile of a fabric pattern: drawn for the procedural patterns ({@code stripes}, {@code check},
 * {@code dots}: the pattern colour over the base colour) or read from an image file. One tile covers
 * {@code pattern.scale()} metres of fabric in each direction.
 */
public final class PatternTiles {

    /** Side of a procedural tile in pixels. */
    public static final int SIZE = 64;
    private static final int SUPER = 4;

    private PatternTiles() {
    }

    /**
     * @param fabric the fabric
     * @return its tile, or {@code null} for a plain fabric
     * @throws IllegalArgumentException for an unknown pattern type or an image that is missing or unreadable
     */
    public static RgbaImage tile(Scene.Fabric fabric) {
        Scene.Pattern p = fabric.pattern() == null ? Scene.Pattern.NONE : fabric.pattern();
        int base = 0xFF000000 | fabric.rgb();
        int ink = 0xFF000000 | p.rgb();
        return switch (p.type()) {
            case "none" -> null;
            case "stripes" -> draw(base, ink, (x, y) -> y < 0.4);
            case "check" -> check(base, ink);
            case "dots" -> draw(base, ink, (x, y) -> (x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5) < 0.25 * 0.25);
            case "image" -> read(p.image());
            default -> throw new IllegalArgumentException("fabric pattern type '" + p.type()
                    + "' is not allowed; allowed: none, stripes, check, dots, image");
        };
    }

    private interface Shape {
        boolean inside(double x, double y);
    }

    /** Draws a shape in tile coordinates 0..1 with 4x4 supersampling per pixel. */
    private static RgbaImage draw(int base, int ink, Shape shape) {
        RgbaImage img = new RgbaImage(SIZE, SIZE);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int hits = 0;
                for (int sy = 0; sy < SUPER; sy++) {
                    for (int sx = 0; sx < SUPER; sx++) {
                        double u = (x + (sx + 0.5) / SUPER) / SIZE;
                        double v = (y + (sy + 0.5) / SUPER) / SIZE;
                        hits += shape.inside(u, v) ? 1 : 0;
                    }
                }
                img.set(x, y, mix(base, ink, hits / (double) (SUPER * SUPER)));
            }
        }
        return img;
    }

    /** Gingham: the pattern colour where both bands cross, half of it where one band runs. */
    private static RgbaImage check(int base, int ink) {
        RgbaImage img = new RgbaImage(SIZE, SIZE);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int bands = (x < SIZE / 2 ? 1 : 0) + (y < SIZE / 2 ? 1 : 0);
                img.set(x, y, mix(base, ink, bands / 2.0));
            }
        }
        return img;
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return RgbaImage.argb(255, r, g, bl);
    }

    private static RgbaImage read(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("fabric pattern 'image' needs an image file; none was given");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("fabric pattern image " + file + " does not exist");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("fabric pattern image " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IllegalArgumentException("fabric pattern image " + file + " is not a PNG or JPEG image");
        }
        RgbaImage tile = new RgbaImage(image.getWidth(), image.getHeight());
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), tile.pixels(), 0, image.getWidth());
        return tile;
    }
}
