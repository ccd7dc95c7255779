package ai.fvgs.outfit.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The triangles of a binary glTF 2.0 file: every mesh primitive (mode 4, triangles) reachable from the
 * default scene, with node transforms applied, merged into one list with {@code POSITION} and, when present,
 * {@code TEXCOORD_0}.
 *
 * @param positions xyz per vertex
 * @param uvs       uv per vertex, or {@code null} if any primitive lacks them
 * @param triangles three indices per triangle
 */
public record GlbMesh(float[] positions, float[] uvs, int[] triangles) {

    private static final int MAGIC = 0x46546C67;
    private static final int JSON = 0x4E4F534A;
    private static final int BIN = 0x004E4942;

    /**
     * @param glb the file's bytes
     * @return its triangles
     * @throws IllegalArgumentException saying what is wrong with the file
     */
    public static GlbMesh read(byte[] glb) {
        ByteBuffer b = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
        if (glb.length < 20 || b.getInt(0) != MAGIC) {
            throw new IllegalArgumentException("glTF asset: not a binary glTF file (no 'glTF' header)");
        }
        if (b.getInt(4) != 2) {
            throw new IllegalArgumentException("glTF asset: version " + b.getInt(4) + " is not supported; allowed: 2");
        }
        int jsonLength = b.getInt(12);
        if (b.getInt(16) != JSON || 20 + jsonLength > glb.length) {
            throw new IllegalArgumentException("glTF asset: the first chunk is not a complete JSON chunk");
        }
        JsonNode gltf;
        try {
            gltf = new ObjectMapper().readTree(new String(glb, 20, jsonLength, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("glTF asset: the JSON chunk is not valid JSON: " + e.getMessage(), e);
        }
        ByteBuffer bin = null;
        int at = 20 + jsonLength;
        if (at + 8 <= glb.length && b.getInt(at + 4) == BIN) {
            int len = b.getInt(at);
            if (at + 8 + len > glb.length) {
                throw new IllegalArgumentException("glTF asset: the binary chunk is cut short");
            }
            bin = ByteBuffer.wrap(glb, at + 8, len).slice().order(ByteOrder.LITTLE_ENDIAN);
        }
        Builder out = new Builder(gltf, bin);
        JsonNode scenes = gltf.path("scenes");
        JsonNode scene = scenes.path(gltf.path("scene").asInt(0));
        for (JsonNode n : scene.path("nodes")) {
            out.node(n.asInt(), identity());
        }
        if (out.indexCount == 0) {
            throw new IllegalArgumentException("glTF asset: the default scene has no triangle meshes");
        }
        return new GlbMesh(Arrays.copyOf(out.positions, out.vertexCount * 3),
                out.allUv ? Arrays.copyOf(out.uvs, out.vertexCount * 2) : null, Arrays.copyOf(out.indices, out.indexCount));
    }

    /**
     * Writes this mesh as a binary glTF 2.0 file: one node, one mesh with {@code POSITION}, {@code TEXCOORD_0}
     * (if present) and 32-bit indices, no materials.
     *
     * @return the {@code .glb} bytes
     */
    public byte[] toGlb() {
        int n = positions.length / 3;
        int posBytes = positions.length * 4;
        int uvBytes = uvs == null ? 0 : uvs.length * 4;
        int idxBytes = triangles.length * 4;
        ByteBuffer data = ByteBuffer.allocate(posBytes + uvBytes + idxBytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] min = { Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE };
        float[] max = { -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
        for (int i = 0; i < positions.length; i++) {
            data.putFloat(positions[i]);
            min[i % 3] = Math.min(min[i % 3], positions[i]);
            max[i % 3] = Math.max(max[i % 3], positions[i]);
        }
        if (uvs != null) {
            for (float f : uvs) {
                data.putFloat(f);
            }
        }
        for (int t : triangles) {
            data.putInt(t);
        }
        String f = "%.7g";
        String bounds = String.format(java.util.Locale.ROOT, "\"min\":[" + f + "," + f + "," + f + "],\"max\":[" + f + "," + f + "," + f + "]",
                min[0], min[1], min[2], max[0], max[1], max[2]);
        StringBuilder json = new StringBuilder();
        json.append("{\"asset\":{\"version\":\"2.0\",\"generator\":\"AI-FVGS outfit\"},\"scene\":0,\"scenes\":[{\"nodes\":[0]}],");
        json.append("\"nodes\":[{\"mesh\":0}],\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0");
        json.append(uvs == null ? "" : ",\"TEXCOORD_0\":2").append("},\"indices\":1,\"mode\":4}]}],");
        json.append("\"buffers\":[{\"byteLength\":").append(data.capacity()).append("}],\"bufferViews\":[");
        json.append("{\"buffer\":0,\"byteOffset\":0,\"byteLength\":").append(posBytes).append(",\"target\":34962},");
        json.append("{\"buffer\":0,\"byteOffset\":").append(posBytes + uvBytes).append(",\"byteLength\":").append(idxBytes)
                .append(",\"target\":34963}");
        if (uvs != null) {
            json.append(",{\"buffer\":0,\"byteOffset\":").append(posBytes).append(",\"byteLength\":").append(uvBytes)
                    .append(",\"target\":34962}");
        }
        json.append("],\"accessors\":[{\"bufferView\":0,\"componentType\":5126,\"count\":").append(n)
                .append(",\"type\":\"VEC3\",").append(bounds).append("},");
        json.append("{\"bufferView\":1,\"componentType\":5125,\"count\":").append(triangles.length).append(",\"type\":\"SCALAR\"}");
        if (uvs != null) {
            json.append(",{\"bufferView\":2,\"componentType\":5126,\"count\":").append(n).append(",\"type\":\"VEC2\"}");
        }
        json.append("]}");
        byte[] js = json.toString().getBytes(StandardCharsets.UTF_8);
        int jsLen = (js.length + 3) & ~3;
        int binLen = data.capacity();
        ByteBuffer out = ByteBuffer.allocate(12 + 8 + jsLen + 8 + binLen).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).putInt(2).putInt(out.capacity());
        out.putInt(jsLen).putInt(JSON).put(js);
        for (int i = js.length; i < jsLen; i++) {
            out.put((byte) ' ');
        }
        out.putInt(binLen).putInt(BIN).put(data.array());
        return out.array();
    }

    private static double[] identity() {
        return new double[] { 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1 };
    }

    /** Walks nodes and accumulates primitives. */
    private static final class Builder {
        private final JsonNode gltf;
        private final ByteBuffer bin;
        private float[] positions = new float[3 * 1024];
        private float[] uvs = new float[2 * 1024];
        private int[] indices = new int[3 * 1024];
        private int vertexCount;
        private int indexCount;
        private boolean allUv = true;
        private int depth;

        Builder(JsonNode gltf, ByteBuffer bin) {
            this.gltf = gltf;
            this.bin = bin;
        }

        void node(int index, double[] parent) {
            JsonNode node = gltf.path("nodes").path(index);
            if (node.isMissingNode() || ++depth > 64) {
                throw new IllegalArgumentException("glTF asset: node " + index + " does not exist or nodes form a cycle");
            }
            double[] m = multiply(parent, local(node));
            if (node.has("mesh")) {
                JsonNode mesh = gltf.path("meshes").path(node.get("mesh").asInt());
                for (JsonNode prim : mesh.path("primitives")) {
                    if (prim.path("mode").asInt(4) == 4) {
                        primitive(prim, m);
                    }
                }
            }
            for (JsonNode c : node.path("children")) {
                node(c.asInt(), m);
            }
            depth--;
        }

        private void primitive(JsonNode prim, double[] m) {
            JsonNode attrs = prim.path("attributes");
            if (!attrs.has("POSITION")) {
                throw new IllegalArgumentException("glTF asset: a primitive has no POSITION attribute");
            }
            float[] pos = floats(attrs.get("POSITION").asInt(), 3);
            int count = pos.length / 3;
            float[] uv = attrs.has("TEXCOORD_0") ? floats(attrs.get("TEXCOORD_0").asInt(), 2) : null;
            allUv &= uv != null;
            int[] idx;
            if (prim.has("indices")) {
                idx = ints(prim.get("indices").asInt());
            } else {
                idx = new int[count];
                for (int i = 0; i < count; i++) {
                    idx[i] = i;
                }
            }
            ensure(count, idx.length);
            for (int v = 0; v < count; v++) {
                double x = pos[3 * v];
                double y = pos[3 * v + 1];
                double z = pos[3 * v + 2];
                positions[3 * (vertexCount + v)] = (float) (m[0] * x + m[4] * y + m[8] * z + m[12]);
                positions[3 * (vertexCount + v) + 1] = (float) (m[1] * x + m[5] * y + m[9] * z + m[13]);
                positions[3 * (vertexCount + v) + 2] = (float) (m[2] * x + m[6] * y + m[10] * z + m[14]);
                if (uv != null) {
                    uvs[2 * (vertexCount + v)] = uv[2 * v];
                    uvs[2 * (vertexCount + v) + 1] = uv[2 * v + 1];
                }
            }
            for (int i = 0; i + 2 < idx.length; i += 3) {
                for (int k = 0; k < 3; k++) {
                    if (idx[i + k] < 0 || idx[i + k] >= count) {
                        throw new IllegalArgumentException("glTF asset: index " + idx[i + k] + " is out of range (" + count + " vertices)");
                    }
                    indices[indexCount++] = vertexCount + idx[i + k];
                }
            }
            vertexCount += count;
        }

        private void ensure(int vertices, int idx) {
            int vn = vertexCount + vertices;
            if (3 * vn > positions.length) {
                positions = Arrays.copyOf(positions, 3 * vn * 2);
                uvs = Arrays.copyOf(uvs, 2 * vn * 2);
            }
            if (indexCount + idx > indices.length) {
                indices = Arrays.copyOf(indices, (indexCount + idx) * 2);
            }
        }

        private ByteBuffer view(JsonNode accessor, int elementBytes) {
            if (bin == null) {
                throw new IllegalArgumentException("glTF asset: accessors need the binary chunk, which is missing");
            }
            JsonNode bv = gltf.path("bufferViews").path(accessor.path("bufferView").asInt(-1));
            if (bv.isMissingNode()) {
                throw new IllegalArgumentException("glTF asset: an accessor has no buffer view");
            }
            int offset = bv.path("byteOffset").asInt(0) + accessor.path("byteOffset").asInt(0);
            int stride = bv.path("byteStride").asInt(0);
            int count = accessor.path("count").asInt();
            if (stride != 0 && stride != elementBytes) {
                throw new IllegalArgumentException("glTF asset: interleaved buffer views are not supported");
            }
            if (offset < 0 || count < 0 || (long) offset + (long) count * elementBytes > bin.capacity()) {
                throw new IllegalArgumentException("glTF asset: an accessor reads past the end of the binary chunk");
            }
            return bin.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(offset).slice().order(ByteOrder.LITTLE_ENDIAN);
        }

        private float[] floats(int index, int components) {
            JsonNode a = gltf.path("accessors").path(index);
            if (a.path("componentType").asInt() != 5126) {
                throw new IllegalArgumentException("glTF asset: accessor " + index + " must hold floats (componentType 5126)");
            }
            int n = a.path("count").asInt() * components;
            ByteBuffer v = view(a, 4 * components);
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = v.getFloat(4 * i);
            }
            return out;
        }

        private int[] ints(int index) {
            JsonNode a = gltf.path("accessors").path(index);
            int type = a.path("componentType").asInt();
            int size = switch (type) {
                case 5121 -> 1;
                case 5123 -> 2;
                case 5125 -> 4;
                default -> throw new IllegalArgumentException("glTF asset: index accessor " + index + " has componentType " + type
                        + "; allowed: 5121, 5123, 5125");
            };
            int n = a.path("count").asInt();
            ByteBuffer v = view(a, size);
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = switch (size) {
                    case 1 -> v.get(i) & 0xFF;
                    case 2 -> v.getShort(2 * i) & 0xFFFF;
                    default -> v.getInt(4 * i);
                };
            }
            return out;
        }

        private static double[] local(JsonNode node) {
            if (node.has("matrix")) {
                double[] m = new double[16];
                for (int i = 0; i < 16; i++) {
                    m[i] = node.get("matrix").path(i).asDouble();
                }
                return m;
            }
            double[] t = { node.path("translation").path(0).asDouble(0), node.path("translation").path(1).asDouble(0),
                    node.path("translation").path(2).asDouble(0) };
            double qx = node.path("rotation").path(0).asDouble(0);
            double qy = node.path("rotation").path(1).asDouble(0);
            double qz = node.path("rotation").path(2).asDouble(0);
            double qw = node.path("rotation").path(3).asDouble(1);
            double sx = node.path("scale").path(0).asDouble(1);
            double sy = node.path("scale").path(1).asDouble(1);
            double sz = node.path("scale").path(2).asDouble(1);
            return new double[] {
                    (1 - 2 * (qy * qy + qz * qz)) * sx, 2 * (qx * qy + qz * qw) * sx, 2 * (qx * qz - qy * qw) * sx, 0,
                    2 * (qx * qy - qz * qw) * sy, (1 - 2 * (qx * qx + qz * qz)) * sy, 2 * (qy * qz + qx * qw) * sy, 0,
                    2 * (qx * qz + qy * qw) * sz, 2 * (qy * qz - qx * qw) * sz, (1 - 2 * (qx * qx + qy * qy)) * sz, 0,
                    t[0], t[1], t[2], 1 };
        }

        /** Column-major 4x4 product a * b. */
        private static double[] multiply(double[] a, double[] b) {
            double[] r = new double[16];
            for (int c = 0; c < 4; c++) {
                for (int row = 0; row < 4; row++) {
                    double s = 0;
                    for (int k = 0; k < 4; k++) {
                        s += a[k * 4 + row] * b[c * 4 + k];
                    }
                    r[c * 4 + row] = s;
                }
            }
            return r;
        }
    }
}
