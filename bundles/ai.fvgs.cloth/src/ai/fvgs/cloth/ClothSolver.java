package ai.fvgs.cloth;

import java.util.Arrays;
import java.util.Objects;

import ai.fvgs.cloth.internal.CapsuleContacts;
import ai.fvgs.cloth.internal.ClothTopology;
import ai.fvgs.cloth.internal.FabricModel;
import ai.fvgs.cloth.internal.MeshChecks;
import ai.fvgs.cloth.internal.Pins;
import ai.fvgs.cloth.internal.Projections;
import ai.fvgs.cloth.internal.Tethers;

/**
 * A position-based-dynamics cloth solver (XPBD with small substeps) for loose garments on a moving body.
 *
 * <p>The cloth is a triangle mesh of particles. Each edge is a stretch (distance) constraint and each pair of
 * triangles sharing an edge an isometric bending element; their compliances come from the
 * {@link ClothMaterial}. Pinned particles hold the rest by tethers no longer than the path along the mesh. Each
 * {@link #step frame} is split into {@link ClothSettings#substeps() substeps}; in each, free particles integrate
 * gravity and damping, pinned particles follow their targets, the constraints are projected in a fixed
 * Gauss-Seidel order, particles are pushed out of the {@link Colliders capsules} and above the floor with
 * friction, and velocities are derived from the positions.
 *
 * <p>The solver is single-threaded and uses only {@code + - * /} and {@code sqrt} in the simulation loop (the
 * few transcendental factors are computed with {@link StrictMath}), so the same inputs give bit-identical
 * positions on every run and machine. Not thread-safe: use one solver per thread.
 */
public final class ClothSolver {

    /** Speed limit of free particles in m/s, so a collider that jumps cannot fling the cloth away. */
    public static final float MAX_SPEED = 12f;

    private final int n;
    private final int[] triangles;
    private final ClothSettings settings;
    private final ClothMaterial material;
    private final ClothTopology topology;
    private final CapsuleContacts contacts;
    private final Pins pins;
    private Tethers tethers;

    private final float[] x;
    private final float[] v;
    private final float[] start;
    private final float[] normals;
    private final float[] invMass;
    /** Inverse masses the constraints see: 0 for fully pinned particles. */
    private final float[] w;

    private final double stretchCompliance;
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
        MeshChecks.mesh(restPositions, triangles);
        this.material = Objects.requireNonNull(material, "material");
        this.settings = Objects.requireNonNull(settings, "settings");
        n = restPositions.length / 3;
        this.triangles = triangles.clone();
        topology = ClothTopology.build(restPositions, this.triangles, material.density());
        contacts = new CapsuleContacts(restPositions);
        pins = new Pins(restPositions);
        x = restPositions.clone();
        v = new float[3 * n];
        start = new float[3 * n];
        normals = new float[3 * n];
        invMass = new float[n];
        for (int i = 0; i < n; i++) {
            invMass[i] = 1f / topology.mass[i];
        }
        w = invMass.clone();
        stretchCompliance = FabricModel.stretchCompliance(material.stretchStiffness());
        double rigidity = FabricModel.bendingRigidity(material.bendStiffness());
        bendCompliance = new float[topology.bendCount()];
        for (int e = 0; e < bendCompliance.length; e++) {
            bendCompliance[e] = (float) FabricModel.bendCompliance(topology.bendArea[e], rigidity);
        }
        bendAlphaTilde = new float[bendCompliance.length];
        stretchLambda = new float[topology.edgeCount()];
        bendLambda = new float[3 * topology.bendCount()];
        stretchFactors = new float[3 * topology.edgeCount()];
        bendFactors = new float[8 * topology.bendCount()];
        dragRate = FabricModel.dragRate(material.damping());
        Projections.normals(x, this.triangles, normals);
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
     * <p>Also ties every other particle to its nearest fully pinned particle by a tether (see the class
     * comment), found by a shortest-path search over the mesh: call this when the pins change, not every frame.
     *
     * @param weights one weight per particle, each in 0..1; copied
     * @throws IllegalArgumentException naming the index and value when the length is not
     *                                  {@link #particleCount()} or a weight is outside 0..1
     */
    public void setPinWeights(float[] weights) {
        pins.set(weights, x);
        boolean[] full = new boolean[n];
        for (int i = 0; i < n; i++) {
            full[i] = pins.full(i);
            w[i] = full[i] ? 0 : invMass[i];
        }
        factorStep = Double.NaN;
        tethers = Tethers.build(topology, full, FabricModel.tetherAllowance(material.stretchStiffness()));
    }

    /**
     * Advances the cloth by one frame.
     *
     * <p>Attached particles move to the given targets, interpolated linearly across the substeps from the
     * previous frame's targets (or, after {@link #setPinWeights} and {@link #reset}, from where they were).
     * Free particles integrate gravity with damping, satisfy the stretch and bending constraints and their
     * tethers, are pushed outside every capsule's surface plus the thickness and above the floor, with
     * friction. When {@code colliders} has as many capsules as in the previous step, each capsule sweeps from
     * its previous to its new pose across the substeps. The normals are recomputed at the end.
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
        pins.validate(pinTargets);
        int substeps = settings.substeps();
        double h = dt / substeps;
        prepareFrame(h, colliders);
        float hf = (float) h;
        float gravityStep = (float) (settings.gravity() * h);
        float keep = (float) StrictMath.exp(-dragRate * h);
        float thickness = (float) settings.thickness();
        float friction = (float) material.friction();
        int capsules = colliders == null ? 0 : colliders.capsuleCount();
        for (int s = 0; s < substeps; s++) {
            float from = (float) s / substeps;
            float to = (float) (s + 1) / substeps;
            advance(hf, 1f / hf, gravityStep, keep, s > 0, true);
            if (pins.any()) {
                pins.attach(x, pinTargets, to);
            }
            project(h);
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
        if (pins.any()) {
            pins.finishFrame(pinTargets);
        }
        Projections.normals(x, triangles, normals);
    }

    private void prepareFrame(double h, Colliders colliders) {
        pins.prepare(h);
        if (h != factorStep) {
            float stretchAlpha = (float) (stretchCompliance / (h * h));
            for (int e = 0; e < bendAlphaTilde.length; e++) {
                bendAlphaTilde[e] = (float) (bendCompliance[e] / (h * h));
            }
            Projections.stretchFactors(topology.edges, topology.edgeRest, w, stretchAlpha, stretchFactors);
            Projections.bendFactors(topology.bendVertices, topology.bendWeights, w, bendAlphaTilde, bendFactors);
            factorStep = h;
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

    /** Projects the stretch and bending constraints {@code iterations} times. */
    private void project(double h) {
        if (settings.iterations() == 1) {
            Projections.stretchOnce(x, topology.edges, stretchFactors);
            Projections.bendOnce(x, topology.bendVertices, bendFactors);
            return;
        }
        float stretchAlpha = (float) (stretchCompliance / (h * h));
        Arrays.fill(stretchLambda, 0f);
        Arrays.fill(bendLambda, 0f);
        for (int it = 0; it < settings.iterations(); it++) {
            Projections.stretch(x, w, topology.edges, topology.edgeRest, stretchAlpha, stretchLambda);
            Projections.bend(x, w, topology.bendVertices, topology.bendWeights, bendAlphaTilde, bendLambda);
        }
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
        MeshChecks.finite("positions", positions);
        System.arraycopy(positions, 0, x, 0, 3 * n);
        pins.restart(positions);
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

    /**
     * @param i particle index
     * @return mass of particle {@code i} in kg
     */
    public float mass(int i) {
        return topology.mass[i];
    }
}
