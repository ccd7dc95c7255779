package ai.fvgs.scene;

/**
 * Fabric material presets with the physical parameters the cloth simulation and shading use.
 */
public enum Material {
    COTTON("cotton", 0.15, 0.80, 0.55, 0.02, 0.8),
    DENIM("denim", 0.40, 0.95, 0.85, 0.01, 0.9),
    SILK("silk", 0.08, 0.60, 0.15, 0.35, 0.35),
    WOOL("wool", 0.30, 0.75, 0.60, 0.03, 0.95),
    LEATHER("leather", 0.90, 0.98, 0.95, 0.25, 0.5);

    private final String id;
    private final double density;
    private final double stretchStiffness;
    private final double bendStiffness;
    private final double sheen;
    private final double roughness;

    Material(String id, double density, double stretchStiffness, double bendStiffness, double sheen, double roughness) {
        this.id = id;
        this.density = density;
        this.stretchStiffness = stretchStiffness;
        this.bendStiffness = bendStiffness;
        this.sheen = sheen;
        this.roughness = roughness;
    }

    /** @return the name in scene files */
    public String id() {
        return id;
    }

    /** @return areal density, kg per m² */
    public double density() {
        return density;
    }

    /** @return resistance to stretching, 0 (elastic) to 1 (inextensible) */
    public double stretchStiffness() {
        return stretchStiffness;
    }

    /** @return resistance to bending, 0 (drapes) to 1 (stiff) */
    public double bendStiffness() {
        return bendStiffness;
    }

    /** @return specular sheen, 0 to 1 */
    public double sheen() {
        return sheen;
    }

    /** @return surface roughness, 0 (glossy) to 1 (matte) */
    public double roughness() {
        return roughness;
    }
}
