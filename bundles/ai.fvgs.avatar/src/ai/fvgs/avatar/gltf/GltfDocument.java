package ai.fvgs.avatar.gltf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.Joint;
import ai.fvgs.avatar.MaterialSlot;

/** Lays out the glTF JSON and its binary buffer for one avatar. */
final class GltfDocument {

    private static final int FLOAT = 5126;
    private static final int UNSIGNED_BYTE = 5121;
    private static final int UNSIGNED_INT = 5125;
    private static final int ARRAY_BUFFER = 34962;
    private static final int ELEMENT_ARRAY_BUFFER = 34963;

    private final Avatar avatar;
    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final ArrayNode views = root.putArray("bufferViews");
    private final ArrayNode accessors = root.putArray("accessors");
    private final ByteArrayOutputStream bin = new ByteArrayOutputStream();

    GltfDocument(Avatar avatar) {
        this.avatar = avatar;
        build();
    }

    ObjectNode json() {
        return root;
    }

    byte[] binary() {
        return bin.toByteArray();
    }

    private void build() {
        root.putObject("asset").put("version", "2.0").put("generator", "AI-FVGS Fashion Model Builder");
        AvatarMesh mesh = avatar.mesh();
        int n = mesh.vertexCount();
        int position = floatAccessor(mesh.positions(), "VEC3", n, true);
        int normal = floatAccessor(mesh.normals(), "VEC3", n, false);
        int uv = floatAccessor(mesh.uvs(), "VEC2", n, false);
        int joints = jointAccessor(mesh.joints(), n);
        int weights = floatAccessor(mesh.weights(), "VEC4", n, false);
        ArrayNode materials = root.putArray("materials");
        ArrayNode primitives = JsonNodeFactory.instance.arrayNode();
        for (Map.Entry<MaterialSlot, int[]> e : mesh.triangles().entrySet()) {
            ObjectNode prim = primitives.addObject();
            ObjectNode attrs = prim.putObject("attributes");
            attrs.put("POSITION", position).put("NORMAL", normal).put("TEXCOORD_0", uv).put("JOINTS_0", joints).put("WEIGHTS_0", weights);
            prim.put("indices", indexAccessor(e.getValue()));
            prim.put("material", materials.size());
            prim.put("mode", 4);
            material(materials.addObject(), e.getKey());
        }
        root.putArray("meshes").addObject().put("name", "avatar").set("primitives", primitives);
        skeleton();
        root.putArray("buffers").addObject().put("byteLength", bin.size());
    }

    private void skeleton() {
        List<Joint> joints = avatar.skeleton().joints();
        ArrayNode nodes = root.putArray("nodes");
        nodes.addObject().put("name", avatar.profile().name()).put("mesh", 0).put("skin", 0);
        int first = 1;
        float[] inverseBind = new float[16 * joints.size()];
        for (int i = 0; i < joints.size(); i++) {
            Joint j = joints.get(i);
            ObjectNode node = nodes.addObject().put("name", j.name());
            double px = 0, py = 0, pz = 0;
            if (j.parent() >= 0) {
                Joint p = joints.get(j.parent());
                px = p.x();
                py = p.y();
                pz = p.z();
            }
            ArrayNode t = node.putArray("translation");
            t.add((float) (j.x() - px)).add((float) (j.y() - py)).add((float) (j.z() - pz));
            ArrayNode children = null;
            for (int c = 0; c < joints.size(); c++) {
                if (joints.get(c).parent() == i) {
                    if (children == null) {
                        children = node.putArray("children");
                    }
                    children.add(first + c);
                }
            }
            int o = 16 * i;
            inverseBind[o] = 1;
            inverseBind[o + 5] = 1;
            inverseBind[o + 10] = 1;
            inverseBind[o + 15] = 1;
            inverseBind[o + 12] = (float) -j.x();
            inverseBind[o + 13] = (float) -j.y();
            inverseBind[o + 14] = (float) -j.z();
        }
        ObjectNode skin = root.putArray("skins").addObject();
        skin.put("name", "skeleton");
        skin.put("skeleton", first);
        skin.put("inverseBindMatrices", floatAccessor(inverseBind, "MAT4", joints.size(), false, 0));
        ArrayNode jointNodes = skin.putArray("joints");
        for (int i = 0; i < joints.size(); i++) {
            jointNodes.add(first + i);
        }
        root.putArray("scenes").addObject().putArray("nodes").add(0).add(first);
        root.put("scene", 0);
    }

    private void material(ObjectNode m, MaterialSlot slot) {
        int rgb = avatar.colour(slot);
        m.put("name", slot.name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode pbr = m.putObject("pbrMetallicRoughness");
        pbr.putArray("baseColorFactor").add(linear(rgb >> 16 & 0xFF)).add(linear(rgb >> 8 & 0xFF)).add(linear(rgb & 0xFF)).add(1.0);
        pbr.put("metallicFactor", 0.0);
        pbr.put("roughnessFactor", switch (slot) {
            case EYE_WHITE, IRIS -> 0.15;
            case LIP -> 0.45;
            case SKIN -> 0.6;
            default -> 0.85;
        });
    }

    private static double linear(int srgb) {
        double c = srgb / 255.0;
        double v = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        return Math.round(v * 10000) / 10000.0;
    }

    private int floatAccessor(float[] data, String type, int count, boolean minMax) {
        return floatAccessor(data, type, count, minMax, ARRAY_BUFFER);
    }

    private int floatAccessor(float[] data, String type, int count, boolean minMax, int target) {
        ByteBuffer b = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : data) {
            b.putFloat(f);
        }
        int view = view(b.array(), target);
        ObjectNode a = accessors.addObject().put("bufferView", view).put("componentType", FLOAT).put("count", count).put("type", type);
        if (minMax) {
            int k = data.length / count;
            ArrayNode min = a.putArray("min");
            ArrayNode max = a.putArray("max");
            for (int c = 0; c < k; c++) {
                float lo = Float.MAX_VALUE;
                float hi = -Float.MAX_VALUE;
                for (int i = c; i < data.length; i += k) {
                    lo = Math.min(lo, data[i]);
                    hi = Math.max(hi, data[i]);
                }
                min.add(lo);
                max.add(hi);
            }
        }
        return accessors.size() - 1;
    }

    private int jointAccessor(int[] joints, int count) {
        byte[] bytes = new byte[joints.length];
        for (int i = 0; i < joints.length; i++) {
            bytes[i] = (byte) joints[i];
        }
        int view = view(bytes, ARRAY_BUFFER);
        accessors.addObject().put("bufferView", view).put("componentType", UNSIGNED_BYTE).put("count", count).put("type", "VEC4");
        return accessors.size() - 1;
    }

    private int indexAccessor(int[] indices) {
        ByteBuffer b = ByteBuffer.allocate(4 * indices.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i : indices) {
            b.putInt(i);
        }
        int view = view(b.array(), ELEMENT_ARRAY_BUFFER);
        accessors.addObject().put("bufferView", view).put("componentType", UNSIGNED_INT).put("count", indices.length).put("type", "SCALAR");
        return accessors.size() - 1;
    }

    private int view(byte[] data, int target) {
        while (bin.size() % 4 != 0) {
            bin.write(0);
        }
        ObjectNode v = views.addObject().put("buffer", 0).put("byteOffset", bin.size()).put("byteLength", data.length);
        if (target != 0) {
            v.put("target", target);
        }
        bin.writeBytes(data);
        return views.size() - 1;
    }
}
