package ai.fvgs.render.tests;

import java.util.ArrayList;
import java.util.List;

import ai.fvgs.render.Camera;
import ai.fvgs.render.Light;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Texture;
import ai.fvgs.render.Vec3;
import ai.fvgs.sdk.RgbaImage;

/**
 * A frame like the ones the production pipeline renders: a capsule figure of 48,960 triangles split into six
 * materials (head, torso, arms, hands, legs, feet), a striped textured T-shirt and a plain double-sided skirt, an
 * invisible shadow-catching floor quad, a key light with shadows, a fill and a rim light (the production
 * defaults' directions), over an opaque painted background that fills the frame. The camera stands 4.5 m in front
 * of the model at 1.3 m (the production "tracking" preset at a
 * distance that makes the model cover about 7 % of the frame, as the real avatar with its garments does at 6 m).
 */
final class ProductionScene {

    private static final int SEGMENTS = 48;
    private static final int HALF_RINGS = 15;
    /** Bone capsules (x0, y0, z0, x1, y1, z1, radius) per material group. */
    private static final double[][][] GROUPS = {
        {{0, 1.57, 0, 0, 1.66, 0, 0.1}, {0, 1.42, 0, 0, 1.52, 0, 0.05}},
        {{0, 1.18, 0, 0, 1.34, 0, 0.15}, {0, 0.98, 0, 0, 1.12, 0, 0.13}, {-0.07, 0.9, 0, 0.07, 0.9, 0, 0.15}},
        {{-0.2, 1.38, 0, -0.26, 1.1, 0.02, 0.045}, {0.2, 1.38, 0, 0.26, 1.1, 0.02, 0.045},
            {-0.26, 1.1, 0.02, -0.3, 0.84, 0.05, 0.038}, {0.26, 1.1, 0.02, 0.3, 0.84, 0.05, 0.038}},
        {{-0.3, 0.84, 0.05, -0.31, 0.74, 0.06, 0.035}, {0.3, 0.84, 0.05, 0.31, 0.74, 0.06, 0.035}},
        {{-0.09, 0.86, 0, -0.1, 0.48, 0.01, 0.075}, {0.09, 0.86, 0, 0.1, 0.48, 0.01, 0.075},
            {-0.1, 0.48, 0.01, -0.1, 0.1, -0.01, 0.05}, {0.1, 0.48, 0.01, 0.1, 0.1, -0.01, 0.05}},
        {{-0.1, 0.06, 0, -0.1, 0.05, 0.16, 0.04}, {0.1, 0.06, 0, 0.1, 0.05, 0.16, 0.04}}};
    private static final int[] SKIN = {0xFFC8906E, 0xFFC48A69, 0xFFC08766, 0xFFC28968, 0xFFBE8565, 0xFF3A2A24};

    private final List<Mesh> body = new ArrayList<>();
    private final Mesh shirt;
    private final Mesh skirt;
    private final Mesh floor;
    private final Material shirtMaterial;
    private final Material skirtMaterial = Material.of(0xFF2B3A5C).withDoubleSided(true).withRoughness(0.8)
            .withSpecular(0.1);

    ProductionScene() {
        for (double[][] group : GROUPS) {
            ShapeBuilder b = new ShapeBuilder();
            for (double[] c : group) {
                b.capsule(new Vec3(c[0], c[1], c[2]), new Vec3(c[3], c[4], c[5]), c[6], SEGMENTS, HALF_RINGS);
            }
            body.add(b.build());
        }
        shirt = new ShapeBuilder().cone(Vec3.ZERO, 1.0, 0.19, 1.42, 0.17, 96, 12).build();
        skirt = new ShapeBuilder().cone(Vec3.ZERO, 0.98, 0.2, 0.55, 0.36, 96, 12).build();
        floor = new ShapeBuilder().floor(0, -4, -4, 4, 4, 1, 1).build();
        shirtMaterial = Material.of(0xFFFFFFFF).withTexture(stripes()).withDoubleSided(true).withRoughness(0.7)
                .withSpecular(0.1);
    }

    private static Texture stripes() {
        RgbaImage img = new RgbaImage(64, 64);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                img.set(x, y, (y / 8) % 2 == 0 ? 0xFF1F2A44 : 0xFFF2EFE8);
            }
        }
        return Texture.of(img);
    }

    int triangleCount() {
        int n = shirt.triangleCount() + skirt.triangleCount() + floor.triangleCount();
        for (Mesh m : body) {
            n += m.triangleCount();
        }
        return n;
    }

    /** @return an opaque painted backdrop: a cyclorama-like vertical gradient with a soft horizontal band */
    static RgbaImage background(int width, int height) {
        RgbaImage img = new RgbaImage(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = 70 + 120 * y / height + (x * 37 / width) % 9;
                img.set(x, y, RgbaImage.argb(255, g, g - 4, g + 6));
            }
        }
        return img;
    }

    /**
     * @param shadows  whether the key light casts shadows
     * @param textures whether the T-shirt is textured
     * @return the frame at the given size
     */
    Scene scene(int width, int height, RgbaImage background, boolean shadows, boolean textures) {
        Camera camera = new Camera(new Vec3(0, 1.3, 4.5), new Vec3(0, 0.86, 0), new Vec3(0, 1, 0), 30, 0.05, 60);
        Light key = Light.directional(direction(35, 40), 0xFFF6EC, 1.0);
        Scene.Builder b = Scene.builder(width, height).camera(camera).background(background).ambient(0xFFFFFF, 0.18)
                .light(shadows ? key.withShadows() : key)
                .light(Light.directional(direction(-50, 20), 0xE8F0FF, 0.35))
                .light(Light.directional(direction(160, 35), 0xFFFFFF, 0.6));
        for (int i = 0; i < body.size(); i++) {
            b.add(body.get(i), Material.of(SKIN[i]).withRoughness(0.5).withSpecular(0.25), i + 1);
        }
        b.add(shirt, textures ? shirtMaterial : shirtMaterial.withTexture(null), 10);
        b.add(skirt, skirtMaterial, 11);
        b.add(floor, Material.shadowCatcher(0.55), 0);
        return b.build();
    }

    /** The direction a light travels, from its azimuth around the model and its elevation, as production has it. */
    private static Vec3 direction(double azimuthDegrees, double elevationDegrees) {
        double az = StrictMath.toRadians(azimuthDegrees);
        double el = StrictMath.toRadians(elevationDegrees);
        double c = StrictMath.cos(el);
        return new Vec3(-c * StrictMath.sin(az), -StrictMath.sin(el), -c * StrictMath.cos(az));
    }
}
