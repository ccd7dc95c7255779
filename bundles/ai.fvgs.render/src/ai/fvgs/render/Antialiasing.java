package ai.fvgs.render;

/** How many coverage samples the renderer takes per pixel. */
public enum Antialiasing {

    /** One sample at the pixel centre: hard, aliased edges and an alpha matte of 0 or 1 only. */
    NONE(1),

    /**
     * Four samples per pixel on a rotated grid ("4 rooks": no two share a row or a column), shaded once per
     * pixel and surface and resolved to the output size: smooth edges and an alpha matte in steps of 1/4.
     */
    FOUR_ROOKS(4);

    private final int samples;

    Antialiasing(int samples) {
        this.samples = samples;
    }

    /** @return coverage samples per pixel */
    public int samples() {
        return samples;
    }
}
