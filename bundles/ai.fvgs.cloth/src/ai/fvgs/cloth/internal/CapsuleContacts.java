package ai.fvgs.cloth.internal;

import java.util.Arrays;

/**
 * Collision of cloth particles with tapered capsules and the floor, with Coulomb friction.
 *
 * <p>Each frame the solver hands over the frame's capsules ({@link #beginFrame}); when their number equals the
 * previous frame's, every capsule moves linearly from its previous pose across the substeps
 * ({@link #prepareSubstep}), so a fast leg sweeps through the cloth instead of jumping. Particles are grouped
 * into clusters of nearby particles (by the Morton order of their rest positions); each substep a cluster's
 * bounding box is tested against the capsules' boxes, and only its members test the capsules that overlap
 * it.
 *
 * <p>A particle closer than the thickness to a capsule's surface is moved out along the surface normal by the
 * missing distance {@code p}. Its tangential motion relative to the capsule in that substep is then cut by up
 * to {@code friction * p} (all of it when smaller: static friction), the position-based form of Coulomb's
 * law.
 */
public final class CapsuleContacts {

    private static final int IN = 8;
    /** Per capsule and substep: a, b, unit axis, length, sin and cos of the cone angle, radii, a and b moves. */
    private static final int GEO = 20;
    private static final int CLUSTER = 32;

    private final int[] clusterOrder;
    private final int clusterCount;
    private final float[] clusterBox;

    private float[] previous = new float[0];
    private float[] current = new float[0];
    private boolean hasHistory;
    private boolean sweep;
    private int count;
    private float[] geometry = new float[0];
    private float[] capsuleBox = new float[0];
    private int[] candidates = new int[0];

    /**
     * @param rest rest positions, xyz per particle, which decide the clusters
     */
    public CapsuleContacts(float[] rest) {
        int n = rest.length / 3;
        clusterOrder = mortonOrder(rest, n);
        clusterCount = (n + CLUSTER - 1) / CLUSTER;
        clusterBox = new float[6 * clusterCount];
    }

    /** Forgets the previous frame's capsules, so the next frame does not sweep from them. */
    public void forgetHistory() {
        hasHistory = false;
    }

    /**
     * Takes this frame's capsules.
     *
     * @param data     capsule data, 8 floats per capsule as in {@code Colliders.copyCapsules}
     * @param capsules number of capsules
     */
    public void beginFrame(float[] data, int capsules) {
        float[] swap = previous;
        previous = current;
        current = swap.length >= capsules * IN ? swap : new float[capsules * IN];
        System.arraycopy(data, 0, current, 0, capsules * IN);
        sweep = hasHistory && capsules == count;
        if (!sweep) {
            previous = Arrays.copyOf(current, current.length);
        }
        hasHistory = true;
        count = capsules;
        if (geometry.length < capsules * GEO) {
            geometry = new float[capsules * GEO];
            capsuleBox = new float[capsules * 6];
            candidates = new int[capsules];
        }
    }

    /**
     * Places the capsules at the end of a substep.
     *
     * @param from fraction of the frame at the substep's start
     * @param to   fraction of the frame at the substep's end
     * @param margin thickness added around each capsule's bounding box
     */
    public void prepareSubstep(float from, float to, float margin) {
        for (int c = 0; c < count; c++) {
            int i = c * IN;
            int g = c * GEO;
            float[] geo = geometry;
            for (int k = 0; k < 3; k++) {
                float a0 = lerp(previous[i + k], current[i + k], from);
                float a1 = lerp(previous[i + k], current[i + k], to);
                float b0 = lerp(previous[i + 4 + k], current[i + 4 + k], from);
                float b1 = lerp(previous[i + 4 + k], current[i + 4 + k], to);
                geo[g + k] = a1;
                geo[g + 3 + k] = b1;
                geo[g + 14 + k] = a1 - a0;
                geo[g + 17 + k] = b1 - b0;
            }
            float ra = lerp(previous[i + 3], current[i + 3], to);
            float rb = lerp(previous[i + 7], current[i + 7], to);
            float ux = geo[g + 3] - geo[g];
            float uy = geo[g + 4] - geo[g + 1];
            float uz = geo[g + 5] - geo[g + 2];
            float len = (float) Math.sqrt(ux * ux + uy * uy + uz * uz);
            float sin;
            if (len > Math.abs(ra - rb) + 1e-6f) {
                ux /= len;
                uy /= len;
                uz /= len;
                sin = (ra - rb) / len;
            } else {
                // One sphere holds the other: the capsule is the larger sphere, centred on a.
                if (rb > ra) {
                    geo[g] = geo[g + 3];
                    geo[g + 1] = geo[g + 4];
                    geo[g + 2] = geo[g + 5];
                    geo[g + 14] = geo[g + 17];
                    geo[g + 15] = geo[g + 18];
                    geo[g + 16] = geo[g + 19];
                    ra = rb;
                }
                ux = 1;
                uy = 0;
                uz = 0;
                len = 0;
                sin = 0;
            }
            geo[g + 6] = ux;
            geo[g + 7] = uy;
            geo[g + 8] = uz;
            geo[g + 9] = len;
            geo[g + 10] = sin;
            geo[g + 11] = (float) Math.sqrt(Math.max(0f, 1 - sin * sin));
            geo[g + 12] = ra;
            geo[g + 13] = rb;
            float r = Math.max(ra, rb) + margin;
            float[] box = capsuleBox;
            for (int k = 0; k < 3; k++) {
                float a = geo[g + k];
                float b = len > 0 ? geo[g + 3 + k] : a;
                box[6 * c + k] = Math.min(a, b) - r;
                box[6 * c + 3 + k] = Math.max(a, b) + r;
            }
        }
    }

    /**
     * Pushes particles out of the capsules and applies friction.
     *
     * @param x         positions at the end of the substep, changed in place
     * @param start     positions at the start of the substep
     * @param invMass   inverse masses; particles with 0 are not moved
     * @param thickness distance to keep from the surfaces
     * @param friction  Coulomb coefficient
     */
    public void collideCapsules(float[] x, float[] start, float[] invMass, float thickness, float friction) {
        if (count == 0) {
            return;
        }
        for (int cl = 0; cl < clusterCount; cl++) {
            int first = cl * CLUSTER;
            int last = Math.min(first + CLUSTER, clusterOrder.length);
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float minZ = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            float maxZ = -Float.MAX_VALUE;
            for (int m = first; m < last; m++) {
                // plain comparisons: positions are finite, so Math.min's NaN and -0 handling is not needed
                int p = 3 * clusterOrder[m];
                float px = x[p];
                float py = x[p + 1];
                float pz = x[p + 2];
                minX = px < minX ? px : minX;
                maxX = px > maxX ? px : maxX;
                minY = py < minY ? py : minY;
                maxY = py > maxY ? py : maxY;
                minZ = pz < minZ ? pz : minZ;
                maxZ = pz > maxZ ? pz : maxZ;
            }
            int found = 0;
            float[] box = capsuleBox;
            for (int c = 0; c < count; c++) {
                int b = 6 * c;
                if (box[b] <= maxX && box[b + 3] >= minX && box[b + 1] <= maxY && box[b + 4] >= minY
                        && box[b + 2] <= maxZ && box[b + 5] >= minZ) {
                    candidates[found++] = c;
                }
            }
            if (found == 0) {
                continue;
            }
            for (int m = first; m < last; m++) {
                int i = clusterOrder[m];
                if (invMass[i] == 0) {
                    continue;
                }
                for (int k = 0; k < found; k++) {
                    int c = candidates[k];
                    int p = 3 * i;
                    int b = 6 * c;
                    if (x[p] < box[b] || x[p] > box[b + 3] || x[p + 1] < box[b + 1] || x[p + 1] > box[b + 4]
                            || x[p + 2] < box[b + 2] || x[p + 2] > box[b + 5]) {
                        continue;
                    }
                    collide(x, start, p, c * GEO, thickness, friction);
                }
            }
        }
    }

    private void collide(float[] x, float[] start, int p, int g, float thickness, float friction) {
        float[] geo = geometry;
        float rx = x[p] - geo[g];
        float ry = x[p + 1] - geo[g + 1];
        float rz = x[p + 2] - geo[g + 2];
        float ux = geo[g + 6];
        float uy = geo[g + 7];
        float uz = geo[g + 8];
        float len = geo[g + 9];
        float sin = geo[g + 10];
        float cos = geo[g + 11];
        float t = rx * ux + ry * uy + rz * uz;
        float rr = rx * rx + ry * ry + rz * rz;
        float y = (float) Math.sqrt(Math.max(0f, rr - t * t));
        float s = t * cos - y * sin;
        float dist;
        float nx;
        float ny;
        float nz;
        float along;
        if (s <= 0 || len == 0) {
            float d = (float) Math.sqrt(rr);
            dist = d - geo[g + 12];
            if (dist >= thickness) {
                return;
            }
            if (d > 1e-9f) {
                nx = rx / d;
                ny = ry / d;
                nz = rz / d;
            } else {
                nx = 0;
                ny = 1;
                nz = 0;
            }
            along = 0;
        } else if (s >= len * cos) {
            float bx = x[p] - geo[g + 3];
            float by = x[p + 1] - geo[g + 4];
            float bz = x[p + 2] - geo[g + 5];
            float d = (float) Math.sqrt(bx * bx + by * by + bz * bz);
            dist = d - geo[g + 13];
            if (dist >= thickness) {
                return;
            }
            if (d > 1e-9f) {
                nx = bx / d;
                ny = by / d;
                nz = bz / d;
            } else {
                nx = ux;
                ny = uy;
                nz = uz;
            }
            along = 1;
        } else {
            dist = t * sin + y * cos - geo[g + 12];
            if (dist >= thickness) {
                return;
            }
            float qx;
            float qy;
            float qz;
            if (y > 1e-9f) {
                qx = (rx - t * ux) / y;
                qy = (ry - t * uy) / y;
                qz = (rz - t * uz) / y;
            } else {
                // On the axis: any direction across it will do; take one from the axis itself.
                boolean useX = Math.abs(ux) < 0.9f;
                qx = useX ? 0 : -uy;
                qy = useX ? -uz : ux;
                qz = useX ? uy : 0;
                float ql = (float) Math.sqrt(qx * qx + qy * qy + qz * qz);
                qx /= ql;
                qy /= ql;
                qz /= ql;
            }
            nx = sin * ux + cos * qx;
            ny = sin * uy + cos * qy;
            nz = sin * uz + cos * qz;
            along = Math.min(1f, Math.max(0f, t / len));
        }
        float push = thickness - dist;
        x[p] += push * nx;
        x[p + 1] += push * ny;
        x[p + 2] += push * nz;
        float mx = geo[g + 14] + (geo[g + 17] - geo[g + 14]) * along;
        float my = geo[g + 15] + (geo[g + 18] - geo[g + 15]) * along;
        float mz = geo[g + 16] + (geo[g + 19] - geo[g + 16]) * along;
        applyFriction(x, start, p, mx, my, mz, nx, ny, nz, friction * push);
    }

    /**
     * Floor plane {@code y = floorY}: particles below {@code floorY + thickness} are lifted to it, with
     * friction.
     */
    public static void collideFloor(float[] x, float[] start, float[] invMass, float floorY, float thickness,
            float friction) {
        float top = floorY + thickness;
        int n = invMass.length;
        for (int i = 0; i < n; i++) {
            int p = 3 * i;
            if (x[p + 1] < top && invMass[i] != 0) {
                float push = top - x[p + 1];
                x[p + 1] = top;
                applyFriction(x, start, p, 0, 0, 0, 0, 1, 0, friction * push);
            }
        }
    }

    /** Cuts the particle's tangential move relative to the surface (which moved by m) by up to {@code limit}. */
    private static void applyFriction(float[] x, float[] start, int p, float mx, float my, float mz, float nx,
            float ny, float nz, float limit) {
        float dx = x[p] - start[p] - mx;
        float dy = x[p + 1] - start[p + 1] - my;
        float dz = x[p + 2] - start[p + 2] - mz;
        float dn = dx * nx + dy * ny + dz * nz;
        float tx = dx - dn * nx;
        float ty = dy - dn * ny;
        float tz = dz - dn * nz;
        float tl = (float) Math.sqrt(tx * tx + ty * ty + tz * tz);
        if (tl <= 0) {
            return;
        }
        float cut = tl <= limit ? 1 : limit / tl;
        x[p] -= tx * cut;
        x[p + 1] -= ty * cut;
        x[p + 2] -= tz * cut;
    }

    private static float lerp(float a, float b, float s) {
        return a + (b - a) * s;
    }

    /** Particle indices sorted by the Morton code of their rest positions (ties by index). */
    private static int[] mortonOrder(float[] rest, int n) {
        float[] lo = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] hi = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], rest[3 * i + k]);
                hi[k] = Math.max(hi[k], rest[3 * i + k]);
            }
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long code = 0;
            for (int k = 0; k < 3; k++) {
                double span = hi[k] - lo[k];
                long q = span > 0 ? Math.min(1023, (long) ((rest[3 * i + k] - lo[k]) / span * 1024)) : 0;
                code |= spread(q) << k;
            }
            keys[i] = code * n + i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] % n);
        }
        return order;
    }

    /** Spreads the 10 low bits of v to every third bit. */
    private static long spread(long v) {
        long r = 0;
        for (int b = 0; b < 10; b++) {
            r |= ((v >> b) & 1) << (3 * b);
        }
        return r;
    }
}
