package ai.fvgs.outfit.internal;

import java.util.Arrays;

import ai.fvgs.cloth.ClothMaterial;
import ai.fvgs.cloth.ClothSettings;
import ai.fvgs.cloth.ClothSolver;
import ai.fvgs.cloth.Colliders;
import ai.fvgs.scene.Material;

/**
 * The cloth pieces of one garment on a {@link ClothSolver}: their vertices welded at seams into particles,
 * their sewn seams pinned to the skinned garment, free particles colliding with the {@link BodyCapsules}
 * (widened for the garment layers under it) and the floor.
 */
public final class ClothPart {

    /** Seconds of simulation on the first pose before the first frame, so the cloth hangs at rest. */
    public static final double PRE_ROLL = 1.0;

    private final int[] vertexToParticle;
    private final float[] targets;
    private final ClothSolver solver;
    private final BodyCapsules capsules;
    private final double widen;
    private final Colliders colliders;
    private final double[] capsule = new double[8];
    private boolean started;

    /**
     * @param mesh     the fitted garment (only its cloth vertices are simulated)
     * @param material the fabric preset
     * @param capsules the wearer's capsules
     * @param widen    how much to widen capsules for the garments under this one, metres
     */
    public ClothPart(FittedMesh mesh, Material material, BodyCapsules capsules, double widen) {
        this.capsules = capsules;
        this.widen = widen;
        int n = mesh.vertexCount();
        int[] weld = Normals.weld(mesh.positions());
        vertexToParticle = new int[n];
        Arrays.fill(vertexToParticle, -1);
        int particles = 0;
        for (int v = 0; v < n; v++) {
            if (mesh.cloth()[v] && weld[v] == v) {
                vertexToParticle[v] = particles++;
            }
        }
        for (int v = 0; v < n; v++) {
            if (mesh.cloth()[v] && weld[v] != v) {
                vertexToParticle[v] = vertexToParticle[weld[v]];
            }
        }
        float[] rest = new float[3 * particles];
        float[] pins = new float[particles];
        for (int v = 0; v < n; v++) {
            int p = vertexToParticle[v];
            if (p >= 0) {
                System.arraycopy(mesh.positions(), 3 * v, rest, 3 * p, 3);
                pins[p] = mesh.pins()[v];
            }
        }
        int[] t = mesh.triangles();
        int[] tri = new int[t.length];
        int m = 0;
        for (int i = 0; i < t.length; i += 3) {
            int a = vertexToParticle[t[i]];
            int b = vertexToParticle[t[i + 1]];
            int c = vertexToParticle[t[i + 2]];
            if (a >= 0 && b >= 0 && c >= 0 && a != b && b != c && a != c) {
                tri[m++] = a;
                tri[m++] = b;
                tri[m++] = c;
            }
        }
        solver = new ClothSolver(rest, Arrays.copyOf(tri, m), material(material), ClothSettings.DEFAULT);
        solver.setPinWeights(pins);
        targets = new float[3 * particles];
        colliders = new Colliders(capsules.count());
    }

    /**
     * @param m a material preset
     * @return its cloth parameters: density, stretch and bend from the preset, light air damping and friction
     */
    public static ClothMaterial material(Material m) {
        return new ClothMaterial(m.density(), m.stretchStiffness(), m.bendStiffness(), 0.1, 0.5);
    }

    /**
     * Advances the cloth one frame and writes its particles over the skinned positions of the cloth vertices.
     *
     * @param skinned   the garment skinned to this frame's pose (targets for the pinned seams); updated
     * @param normals   receives normals of the cloth vertices
     * @param joints    world joint positions, xyz per joint
     * @param dt        frame time
     */
    public void update(float[] skinned, float[] normals, double[] joints, double dt) {
        for (int v = 0; v < vertexToParticle.length; v++) {
            int p = vertexToParticle[v];
            if (p >= 0) {
                System.arraycopy(skinned, 3 * v, targets, 3 * p, 3);
            }
        }
        colliders.clear();
        for (int i = 0; i < capsules.count(); i++) {
            capsules.capsule(i, joints, capsule);
            colliders.capsule((float) capsule[0], (float) capsule[1], (float) capsule[2], (float) (capsule[3] + widen),
                    (float) capsule[4], (float) capsule[5], (float) capsule[6], (float) (capsule[7] + widen));
        }
        colliders.floor(0);
        if (!started) {
            started = true;
            solver.reset(targets);
            int steps = (int) Math.ceil(PRE_ROLL / dt);
            for (int i = 0; i < steps; i++) {
                solver.step(dt, targets, colliders);
            }
        } else {
            solver.step(dt, targets, colliders);
        }
        float[] p = solver.positions();
        float[] nr = solver.normals();
        for (int v = 0; v < vertexToParticle.length; v++) {
            int q = vertexToParticle[v];
            if (q >= 0) {
                System.arraycopy(p, 3 * q, skinned, 3 * v, 3);
                System.arraycopy(nr, 3 * q, normals, 3 * v, 3);
            }
        }
    }
}
