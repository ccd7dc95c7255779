package ai.fvgs.render;

import java.util.ArrayList;
import java.util.List;

import ai.fvgs.sdk.RgbaImage;

/**
 * Everything one frame shows: its size, the camera, the lights, the meshes and the background.
 * <p>
 * The background is painted first (for example by an {@code ai.fvgs.sdk.background.Background}); without
 * one the frame is transparent where no geometry covers it, so {@link FrameBuffers#color()} carries an
 * alpha matte. Immutable once built; the meshes' arrays are referenced, not copied.
 */
public final class Scene {

    /** Largest width or height of a frame, in pixels. */
    public static final int MAX_SIZE = 8192;

    private final int width;
    private final int height;
    private final Camera camera;
    private final RgbaImage background;
    private final int ambientColor;
    private final double ambientIntensity;
    private final List<Light> lights;
    private final List<SceneItem> items;

    private Scene(Builder b) {
        this.width = b.width;
        this.height = b.height;
        this.camera = b.camera;
        this.background = b.background;
        this.ambientColor = b.ambientColor;
        this.ambientIntensity = b.ambientIntensity;
        this.lights = List.copyOf(b.lights);
        this.items = List.copyOf(b.items);
    }

    /**
     * @param width  frame width in pixels, 1 to {@value #MAX_SIZE}
     * @param height frame height in pixels, 1 to {@value #MAX_SIZE}
     * @return a builder for a frame of that size
     * @throws IllegalArgumentException if a size is out of range
     */
    public static Builder builder(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("frame size " + width + "x" + height + " is invalid: each side must be 1 to "
                    + MAX_SIZE);
        }
        return new Builder(width, height);
    }

    /** @return frame width in pixels */
    public int width() {
        return width;
    }

    /** @return frame height in pixels */
    public int height() {
        return height;
    }

    /** @return the camera */
    public Camera camera() {
        return camera;
    }

    /** @return the background of the frame's size, or {@code null} for a transparent one */
    public RgbaImage background() {
        return background;
    }

    /** @return ambient light colour {@code 0xRRGGBB} */
    public int ambientColor() {
        return ambientColor;
    }

    /** @return ambient light intensity, 0 or more */
    public double ambientIntensity() {
        return ambientIntensity;
    }

    /** @return the directional lights */
    public List<Light> lights() {
        return lights;
    }

    /** @return the meshes, in the order they were added */
    public List<SceneItem> items() {
        return items;
    }

    /** Collects the parts of a {@link Scene}. Not thread-safe. */
    public static final class Builder {

        private final int width;
        private final int height;
        private Camera camera;
        private RgbaImage background;
        private int ambientColor = 0xFFFFFF;
        private double ambientIntensity = 0.2;
        private final List<Light> lights = new ArrayList<>();
        private final List<SceneItem> items = new ArrayList<>();

        private Builder(int width, int height) {
            this.width = width;
            this.height = height;
        }

        /**
         * @param c the camera (required)
         * @return this builder
         */
        public Builder camera(Camera c) {
            this.camera = c;
            return this;
        }

        /**
         * @param image the background, exactly the frame's size, or {@code null} for transparent (the default);
         *              referenced, not copied
         * @return this builder
         * @throws IllegalArgumentException if the image has another size
         */
        public Builder background(RgbaImage image) {
            if (image != null && (image.width() != width || image.height() != height)) {
                throw new IllegalArgumentException("background is " + image.width() + "x" + image.height()
                        + " but the frame is " + width + "x" + height);
            }
            this.background = image;
            return this;
        }

        /**
         * @param rgb       ambient colour {@code 0xRRGGBB} (default white)
         * @param intensity 0 or more (default 0.2)
         * @return this builder
         */
        public Builder ambient(int rgb, double intensity) {
            if (!(intensity >= 0) || !Double.isFinite(intensity)) {
                throw new IllegalArgumentException("ambient intensity " + intensity + " is invalid: it must be 0 or more");
            }
            this.ambientColor = rgb & 0xFFFFFF;
            this.ambientIntensity = intensity;
            return this;
        }

        /**
         * @param light a directional light
         * @return this builder
         */
        public Builder light(Light light) {
            lights.add(light);
            return this;
        }

        /**
         * @param item a mesh with its material and part ids
         * @return this builder
         */
        public Builder add(SceneItem item) {
            items.add(item);
            return this;
        }

        /**
         * @param mesh     the geometry
         * @param material how it looks
         * @param partId   segmentation id of the whole mesh, 0 or more
         * @return this builder
         */
        public Builder add(Mesh mesh, Material material, int partId) {
            return add(new SceneItem(mesh, material, partId));
        }

        /**
         * @param mesh            the geometry
         * @param material        how it looks
         * @param trianglePartIds segmentation id per triangle
         * @return this builder
         */
        public Builder add(Mesh mesh, Material material, int[] trianglePartIds) {
            return add(new SceneItem(mesh, material, trianglePartIds));
        }

        /**
         * @return the scene
         * @throws IllegalStateException if no camera was set
         */
        public Scene build() {
            if (camera == null) {
                throw new IllegalStateException("a scene needs a camera");
            }
            return new Scene(this);
        }
    }
}
