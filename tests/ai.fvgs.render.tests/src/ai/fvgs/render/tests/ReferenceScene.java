package ai.fvgs.render.tests;

import ai.fvgs.render.Camera;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Texture;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/**
 * The renderer's reference scene: a capsule figure of 48,960 triangles (17 body parts, one part id each)
 * wearing a double-sided striped skirt of 4,608 triangles, on a textured runway floor of 512 triangles,
 * under a key light with shadows, a fill and a rim light, in front of a studio gradient: 54,080 triangles.
 */
final class ReferenceScene {

    static final int SKIRT_PART = 100;
    static final int FLOOR_PART = 200;
    private static final int SEGMENTS = 48;
    private static final int HALF_RINGS = 15;

    private final Mesh figure;
    private final int[] figureParts;
    private final Mesh skirt;
    private final Mesh floor;
    private final Material skin = Material.of(0xFFC8906E).withRoughness(0.5).withSpecular(0.25);
    private final Material fabric;
    private final Material runway;

    ReferenceScene() {
        ShapeBuilder body = new ShapeBuilder();
        double[][] bones = {
            {0, 1.57, 0, 0, 1.66, 0, 0.1}, {0, 1.42, 0, 0, 1.52, 0, 0.05}, {0, 1.18, 0, 0, 1.34, 0, 0.15},
            {0, 0.98, 0, 0, 1.12, 0, 0.13}, {-0.07, 0.9, 0, 0.07, 0.9, 0, 0.15},
            {-0.2, 1.38, 0, -0.26, 1.1, 0.02, 0.045}, {0.2, 1.38, 0, 0.26, 1.1, 0.02, 0.045},
            {-0.26, 1.1, 0.02, -0.3, 0.84, 0.05, 0.038}, {0.26, 1.1, 0.02, 0.3, 0.84, 0.05, 0.038},
            {-0.3, 0.84, 0.05, -0.31, 0.74, 0.06, 0.035}, {0.3, 0.84, 0.05, 0.31, 0.74, 0.06, 0.035},
            {-0.09, 0.86, 0, -0.1, 0.48, 0.01, 0.075}, {0.09, 0.86, 0, 0.1, 0.48, 0.01, 0.075},
            {-0.1, 0.48, 0.01, -0.1, 0.1, -0.01, 0.05}, {0.1, 0.48, 0.01, 0.1, 0.1, -0.01, 0.05},
            {-0.1, 0.06, 0, -0.1, 0.05, 0.16, 0.04}, {0.1, 0.06, 0, 0.1, 0.05, 0.16, 0.04}};
        figureParts = new int[bones.length * 4 * SEGMENTS * HALF_RINGS];
        for (int i = 0; i < bones.length; i++) {
            double[] b = bones[i];
            int before = body.triangleCount();
            body.capsule(new Vec3(b[0], b[1], b[2]), new Vec3(b[3], b[4], b[5]), b[6], SEGMENTS, HALF_RINGS);
            java.util.Arrays.fill(figureParts, before, body.triangleCount(), i);
        }
        figure = body.build();
        skirt = new ShapeBuilder().cone(Vec3.ZERO, 1.02, 0.2, 0.55, 0.4, 96, 24).build();
        floor = new ShapeBuilder().floor(0, -3, -6, 3, 3, 16, 1).build();
        fabric = Material.of(0xFFFFFFFF).withTexture(stripes()).withDoubleSided(true).withRoughness(0.8).withSpecular(0.1);
        runway = Material.of(0xFFFFFFFF).withTexture(checker()).withRoughness(0.4).withSpecular(0.3).withCastsShadows(false);
    }

    private static Texture stripes() {
        RgbaImage img = new RgbaImage(64, 64);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                img.set(x, y, (x / 8) % 2 == 0 ? 0xFFB0243A : 0xFFF2E6D8);
            }
        }
        return Texture.of(img);
    }

    private static Texture checker() {
        RgbaImage img = new RgbaImage(128, 128);
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                img.set(x, y, ((x / 64) + (y / 64)) % 2 == 0 ? 0xFF8A8F96 : 0xFF3B3F46);
            }
        }
        return Texture.of(img);
    }

    int triangleCount() {
        return figure.triangleCount() + skirt.triangleCount() + floor.triangleCount();
    }

    /** @return a vertical studio gradient of the given size */
    static RgbaImage studioBackground(int width, int height) {
        RgbaImage img = new RgbaImage(width, height);
        for (int y = 0; y < height; y++) {
            int g = 40 + 150 * y / height;
            int row = RgbaImage.argb(255, g, g, g + 8);
            for (int x = 0; x < width; x++) {
                img.set(x, y, row);
            }
        }
        return img;
    }

    /**
     * @param background the frame's background, or {@code null} for transparent
     * @return the scene at the given size
     */
    Scene scene(int width, int height, RgbaImage background) {
        return scene(width, height, background, true, true);
    }

    /**
     * @param background the frame's background, or {@code null} for transparent
     * @param shadows    whether the key light casts shadows
     * @param textures   whether the skirt and the floor are textured (otherwise plain white)
     * @return the scene at the given size
     */
    Scene scene(int width, int height, RgbaImage background, boolean shadows, boolean textures) {
        Camera camera = new Camera(new Vec3(0, 1.05, 4.0), new Vec3(0, 0.88, 0), new Vec3(0, 1, 0), 30, 0.1, 50);
        Light key = Light.directional(new Vec3(0.5, -0.8, -0.6), 0xFFF4E8, 1.1);
        return Scene.builder(width, height).camera(camera).background(background).ambient(0xFFFFFF, 0.15)
                .light(shadows ? key.withShadows() : key)
                .light(Light.directional(new Vec3(-0.6, -0.3, -0.7), 0xDDE6FF, 0.35))
                .light(Light.directional(new Vec3(0.2, -0.5, 0.9), 0xFFFFFF, 0.6))
                .add(floor, textures ? runway : runway.withTexture(null), FLOOR_PART)
                .add(figure, skin, figureParts)
                .add(skirt, textures ? fabric : fabric.withTexture(null), SKIRT_PART)
                .build();
    }
}
