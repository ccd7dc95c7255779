package ai.fvgs.cloth;

import java.util.Arrays;

import ai.fvgs.cloth.internal.CapsuleContacts;
import ai.fvgs.cloth.internal.ClothTopology;
import ai.fvgs.cloth.internal.Projections;
import ai.fvgs.cloth.internal.Tethers;

/**
 * A position-based-dynamics cloth solver (XPBD with small substeps) for loose garments on a moving body.
 *
 * <p>The cloth is a triangle mesh of particles. Each edge is a stretch (distance) constraint and each pair of
 * triangles sharing an edge an isometric bending element; their compliances come from the
 * {@link ClothMaterial}. Each {@link #step frame} is split into {@link ClothSettings#substeps() substeps}; in
 * each, free particles integrate gravity and damping, pinned particles follow their targets, the constraints
 * are projected in a fixed Gauss-Seidel order, particles are pushed out of the {@link Colliders capsules} and
 * above the floor with friction, and velocities are derived from the positions.
 *
 * <p>The solver is single-threaded and uses only {@code + - * /} and {@code sqrt} in the simulation loop (the
 * few transcendental factors are computed with {@link StrictMath}), so the same inputs give bit-identical
 * positions on every run and machine. Not thread-safe: use one solver per thread.
 */
public final class ClothSolver {

    /** Speed limit of free particles in m/s, so a collider that jumps cannot fling the cloth away. */
    public static final float MAX_SPEED = 12f;

    private static final int MAX_PARTICLES = 1 << 22;

    private final int n;
    private final int[] triangles;
    private final ClothSettings settings;
    private final ClothMaterial material;
    private final ClothTopology topology;
    private final CapsuleContacts contacts;

    private final float[] x;
    private final float[] v;
    private final float[] start;
    private final float[] normals;
    private final float[] invMass;
    private final float[] w;
    private final float[] pinWeight;
    private int[] pinned = new int[0];
    private Tethers tethers;
    private final float[] previousTargets;
    private final float[] pinBlend;
    private double pinBlendStep = Double.NaN;

    private final float stretchCompliance;
    private final float[] bendCompliance;
    private final float[] bendAlphaTilde;
    private final float[] stretchLambda;
    private final float[] bendLambda;
    private final float[] stretchFactors;
    private final float[] bendFactors;
    /** The substep length the factors were computed for; NaN after the pins changed. */
    private double factorStep = Double.NaN;
    private final double dragRate;
    private float[] capsuleData = new float[64];

    /**
     * Builds a solver for a mesh at rest.
     *
     * @param restPositions xyz per particle, metres, world space at rest; copied (also the initial positions)
     * @param triangles     3 particle indices per triangle, counter-clockwise seen from outside; copied
     * @param material      the fabric
     * @param settings      substeps, iterations, gravity and thickness
     * @throws IllegalArgumentException naming the array, index and value when an array is empty, not a
     *                                  multiple of 3, holds a non-finite coordinate, an index out of range or a
     *                                  triangle with a repeated index
     * @throws NullPointerException     when an argument is null
     */
    public ClothSolver(float[] restPositions, int[] triangles, ClothMaterial material, ClothSettings settings) {
        validateMesh(restPositions, triangles);
        this.material = java.util.Objects.requireNonNull(material, "material");
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        n = restPositions.length / 3;
        this.triangles = triangles.clone();
        topology = ClothTopology.build(restPositions, this.triangles, material.density());
        contacts = new CapsuleContacts(restPositions);
        x = restPositions.clone();
        v = new float[3 * n];
        start = new float[3 * n];
        normals = new float[3 * n];
        previousTargets = restPositions.clone();
        pinWeight = new float[n];
        pinBlend = new float[n];
        invMass = new float[n];
        for (int i = 0; i < n; i++) {
            invMass[i] = 1f / topology.mass[i];
        }
        w = invMass.clone();
        stretchCompliance = stretchCompliance(material.stretchStiffness());
        bendCompliance = new float[topology.bendCount()];
        double rigidity = bendingRigidity(material.bendStiffness());
        for (int e = 0; e < bendCompliance.length; e++) {
            bendCompliance[e] = (float) (BEND_SCALE * topology.bendArea[e] / rigidity);
        }
        bendAlphaTilde = new float[bendCompliance.length];
        stretchLambda = new float[topology.edgeCount()];
        bendLambda = new float[3 * topology.bendCount()];
        stretchFactors = new float[3 * topology.edgeCount()];
        bendFactors = new float[8 * topology.bendCount()];
        dragRate = -StrictMath.log(1 - 0.99 * material.damping());
        Projections.normals(x, this.triangles, normals);
    }

    /**
     * Scale of the bending compliance {@code area / rigidity}: with it, a sheet bent into a cylinder stores the
     * smooth-shell bending energy {@code rigidity / 2 * curvature^2 * area} (measured on a 40 x 40 grid: 0.97,
     * the rest missing at the border).
     */
    private static final double BEND_SCALE = 1.0;

    /** XPBD compliance (m/N) of one edge for a stretch stiffness in 0..1; 0 (inextensible) at 1. */
    static float stretchCompliance(double s) {
        return s >= 1 ? 0f : (float) (1 / (10 * StrictMath.pow(10, 4 * s)));
    }

    /** Bending rigidity in N m for a bend stiffness in 0..1. */
    static double bendingRigidity(double b) {
        return 1e-7 * StrictMath.pow(10, 5 * b);
    }

    /**
     * Sets how strongly each particle is attached to its target (see {@link #step}).
     *
     * <p>Weight 1 pins a particle: it moves to its target every substep and nothing else moves it. Weight 0
     * leaves it free. A weight {@code a} in between is a soft attachment that closes the fraction {@code a} of
     * the gap to the target per 1/30 s (whatever the frame rate), while constraints and collisions still act on
     * the particle. The next {@link #step} moves attached particles from where they are now to their targets,
     * spread over its substeps.
     *
     * @param weights one weight per particle, each in 0..1; copied
     * @throws IllegalArgumentException naming the index and value when the length is not
     *                                  {@link #particleCount()} or a weight is outside 0..1
     */
    public void setPinWeights(float[] weights) {
        if (weights.length != n) {
            throw new IllegalArgumentException("pin weights: expected " + n + " values (one per particle), got "
                    + weights.length);
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            float a = weights[i];
            if (!(a >= 0 && a <= 1)) {
                throw new IllegalArgumentException("pin weight [" + i + "] must be between 0 and 1, got " + a);
            }
            if (a > 0) {
                count++;
            }
        }
        pinned = new int[count];
        count = 0;
        for (int i = 0; i < n; i++) {
            pinWeight[i] = weights[i];
            w[i] = weights[i] == 1 ? 0 : invMass[i];
            if (weights[i] > 0) {
                pinned[count++] = i;
            }
        }
        System.arraycopy(x, 0, previousTargets, 0, 3 * n);
        pinBlendStep = Double.NaN;
        factorStep = Double.NaN;
        boolean[] full = new boolean[n];
        for (int i = 0; i < n; i++) {
            full[i] = weights[i] == 1;
        }
        tethers = Tethers.build(topology, full, tetherAllowance(material.stretchStiffness()));
    }

    /** Tethers allow 20 % more than the rest path for the stretchiest fabric, nothing more for inextensible. */
    static double tetherAllowance(double stretchStiffness) {
        return 1 + 0.2 * (1 - stretchStiffness);
    }

    /**
     * Advances the cloth by one frame.
     *
     * <p>Attached particles move to the given targets, interpolated linearly across the substeps from the
     * previous frame's targets (or, after {@link #setPinWeights} and {@link #reset}, from where they were).
     * Free particles integrate gravity with damping, satisfy the stretch and bending constraints, are pushed
     * outside every capsule's surface plus the thickness and above the floor, with friction. When
     * {@code colliders} has as many capsules as in the previous step, each capsule sweeps from its previous to
     * its new pose across the substeps. The normals are recomputed at the end.
     *
     * @param dt         frame time in seconds, more than 0 and at most 0.25 (1/24 to 1/60 are typical)
     * @param pinTargets xyz per particle; only the entries of particles with a pin weight above 0 are read. May
     *                   be {@code null} when no particle is attached
     * @param colliders  capsules and floor of this frame; {@code null} for none
     * @throws IllegalArgumentException when {@code dt} is out of range, or the targets are missing, of the
     *                                  wrong length, or hold a non-finite value for an attached particle
     */
    public void step(double dt, float[] pinTargets, Colliders colliders) {
        if (!(dt > 0 && dt <= 0.25)) {
            throw new IllegalArgumentException("dt must be more than 0 and at most 0.25 s, got " + dt);
        }
        validateTargets(pinTargets);
        int substeps = settings.substeps();
        double h = dt / substeps;
        prepareFrame(h, colliders);
        float hf = (float) h;
        float gravityStep = (float) (settings.gravity() * h);
        float keep = (float) StrictMath.exp(-dragRate * h);
        float thickness = (float) settings.thickness();
        float friction = (float) material.friction();
        float stretchAlpha = (float) (stretchCompliance / (h * h));
        if (h != factorStep) {
            for (int e = 0; e < bendAlphaTilde.length; e++) {
                bendAlphaTilde[e] = (float) (bendCompliance[e] / (h * h));
            }
            Projections.stretchFactors(topology.edges, topology.edgeRest, w, stretchAlpha, stretchFactors);
            Projections.bendFactors(topology.bendVertices, topology.bendWeights, w, bendAlphaTilde, bendFactors);
            factorStep = h;
        }
        int capsules = colliders == null ? 0 : colliders.capsuleCount();
        for (int s = 0; s < substeps; s++) {
            float from = (float) s / substeps;
            float to = (float) (s + 1) / substeps;
            advance(hf, 1f / hf, gravityStep, keep, s > 0, true);
            attach(pinTargets, to);
            if (settings.iterations() == 1) {
                Projections.stretchOnce(x, topology.edges, stretchFactors);
                Projections.bendOnce(x, topology.bendVertices, bendFactors);
            } else {
                Arrays.fill(stretchLambda, 0f);
                Arrays.fill(bendLambda, 0f);
                for (int it = 0; it < settings.iterations(); it++) {
                    Projections.stretch(x, w, topology.edges, topology.edgeRest, stretchAlpha, stretchLambda);
                    Projections.bend(x, w, topology.bendVertices, topology.bendWeights, bendAlphaTilde, bendLambda);
                }
            }
            if (tethers != null) {
                tethers.solve(x, w);
            }
            if (capsules > 0) {
                contacts.prepareSubstep(from, to, thickness);
                contacts.collideCapsules(x, start, w, thickness, friction);
            }
            if (colliders != null && colliders.hasFloor()) {
                CapsuleContacts.collideFloor(x, start, w, colliders.floorY(), thickness, friction);
            }
        }
        advance(hf, 1f / hf, gravityStep, keep, true, false);
        if (pinTargets != null) {
            for (int i : pinned) {
                System.arraycopy(pinTargets, 3 * i, previousTargets, 3 * i, 3);
            }
        }
        Projections.normals(x, triangles, normals);
    }

    private void prepareFrame(double h, Colliders colliders) {
        if (h != pinBlendStep) {
            for (int i : pinned) {
                float a = pinWeight[i];
                pinBlend[i] = a >= 1 ? 1f : (float) (1 - StrictMath.pow(1 - a, h * 30));
            }
            pinBlendStep = h;
        }
        int capsules = colliders == null ? 0 : colliders.capsuleCount();
        if (capsuleData.length < 8 * capsules) {
            capsuleData = new float[8 * capsules];
        }
        if (colliders != null) {
            colliders.copyCapsules(capsuleData);
        }
        contacts.beginFrame(capsuleData, capsules);
    }

    /**
     * One pass over the particles that ends a substep and starts the next: when {@code velocities}, sets each
     * velocity from the last substep's change of position (at most {@link #MAX_SPEED} for free particles); when
     * {@code integrate}, remembers the positions and moves free particles by their damped velocity plus
     * gravity.
     */
    private void advance(float h, float invH, float gravityStep, float keep, boolean velocities,
            boolean integrate) {
        float max2 = MAX_SPEED * MAX_SPEED;
        for (int i = 0; i < n; i++) {
            int p = 3 * i;
            float vx;
            float vy;
            float vz;
            if (velocities) {
                vx = (x[p] - start[p]) * invH;
                vy = (x[p + 1] - start[p + 1]) * invH;
                vz = (x[p + 2] - start[p + 2]) * invH;
                float s2 = vx * vx + vy * vy + vz * vz;
                if (s2 > max2 && w[i] != 0) {
                    float scale = MAX_SPEED / (float) Math.sqrt(s2);
                    vx *= scale;
                    vy *= scale;
                    vz *= scale;
                }
            } else {
                vx = v[p];
                vy = v[p + 1];
                vz = v[p + 2];
            }
            if (integrate) {
                start[p] = x[p];
                start[p + 1] = x[p + 1];
                start[p + 2] = x[p + 2];
                if (w[i] != 0) {
                    vx = vx * keep;
                    vy = (vy + gravityStep) * keep;
                    vz = vz * keep;
                    x[p] += vx * h;
                    x[p + 1] += vy * h;
                    x[p + 2] += vz * h;
                }
            }
            v[p] = vx;
            v[p + 1] = vy;
            v[p + 2] = vz;
        }
    }

    private void attach(float[] targets, float to) {
        for (int i : pinned) {
            int p = 3 * i;
            float blend = pinBlend[i];
            for (int k = 0; k < 3; k++) {
                float target = previousTargets[p + k] + (targets[p + k] - previousTargets[p + k]) * to;
                x[p + k] += (target - x[p + k]) * blend;
            }
        }
    }

    /**
     * Teleports every particle (for example onto the skinned rest drape), zeroes the velocities, forgets the
     * previous frame's capsules and takes the new positions as the previous pin targets.
     *
     * @param positions xyz per particle; copied
     * @throws IllegalArgumentException when the length is not {@code 3 * particleCount()} or a value is not
     *                                  finite
     */
    public void reset(float[] positions) {
        if (positions.length != 3 * n) {
            throw new IllegalArgumentException("positions: expected " + 3 * n + " values (xyz per particle), got "
                    + positions.length);
        }
        requireFinite("positions", positions);
        System.arraycopy(positions, 0, x, 0, 3 * n);
        System.arraycopy(positions, 0, previousTargets, 0, 3 * n);
        Arrays.fill(v, 0f);
        contacts.forgetHistory();
        Projections.normals(x, triangles, normals);
    }

    /** @return the live positions, xyz per particle; changed by every {@link #step} */
    public float[] positions() {
        return x;
    }

    /** @return the live area-weighted unit vertex normals, xyz per particle, as of the last step or reset */
    public float[] normals() {
        return normals;
    }

    /** @return number of particles */
    public int particleCount() {
        return n;
    }

    /** @return number of stretch constraints (one per mesh edge) */
    public int stretchConstraintCount() {
        return topology.edgeCount();
    }

    /** @return number of bending elements (one per edge shared by two triangles) */
    public int bendingConstraintCount() {
        return topology.bendCount();
    }

    /** @return mass of particle {@code i} in kg */
    public float mass(int i) {
        return topology.mass[i];
    }

    private void validateTargets(float[] targets) {
        if (pinned.length == 0) {
            return;
        }
        if (targets == null) {
            throw new IllegalArgumentException(
                    "pinTargets must not be null: " + pinned.length + " particles have a pin weight above 0");
        }
        if (targets.length != 3 * n) {
            throw new IllegalArgumentException("pinTargets: expected " + 3 * n + " values (xyz per particle), got "
                    + targets.length);
        }
        for (int i : pinned) {
            for (int k = 0; k < 3; k++) {
                if (!Float.isFinite(targets[3 * i + k])) {
                    throw new IllegalArgumentException("pinTargets[" + (3 * i + k) + "] of pinned particle " + i
                            + " must be finite, got " + targets[3 * i + k]);
                }
            }
        }
    }

    private static void validateMesh(float[] rest, int[] triangles) {
        java.util.Objects.requireNonNull(rest, "restPositions");
        java.util.Objects.requireNonNull(triangles, "triangles");
        if (rest.length == 0 || rest.length % 3 != 0) {
            throw new IllegalArgumentException("restPositions must hold xyz per particle (a positive multiple of 3"
                    + " values), got " + rest.length + " values");
        }
        if (rest.length / 3 > MAX_PARTICLES) {
            throw new IllegalArgumentException("at most " + MAX_PARTICLES + " particles are supported, got "
                    + rest.length / 3);
        }
        requireFinite("restPositions", rest);
        if (triangles.length % 3 != 0) {
            throw new IllegalArgumentException("triangles must hold 3 indices per triangle, got " + triangles.length
                    + " values");
        }
        int n = rest.length / 3;
        for (int k = 0; k < triangles.length; k++) {
            if (triangles[k] < 0 || triangles[k] >= n) {
                throw new IllegalArgumentException("triangles[" + k + "] = " + triangles[k]
                        + " is not a particle index (0.." + (n - 1) + ")");
            }
        }
        for (int t = 0; t < triangles.length; t += 3) {
            int a = triangles[t];
            int b = triangles[t + 1];
            int c = triangles[t + 2];
            if (a == b || b == c || a == c) {
                throw new IllegalArgumentException("triangle " + t / 3 + " (" + a + ", " + b + ", " + c
                        + ") repeats a particle index");
            }
        }
    }

    private static void requireFinite(String name, float[] values) {
        for (int k = 0; k < values.length; k++) {
            if (!Float.isFinite(values[k])) {
                throw new IllegalArgumentException(name + "[" + k + "] must be finite, got " + values[k]);
            }
        }
    }
}
