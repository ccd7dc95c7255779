package ai.fvgs.studio.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.SceneItem;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * The built mesh of one body in its bind pose, split into one compact mesh per material slot (only that
 * slot's vertices), ready to render with any colours. Immutable once built; the render meshes are shared by
 * every frame drawn from it.
 */
public final class BodyGeometry {

    /**
     * What the geometry depends on: colours do not change it.
     *
     * @param template     body template
     * @param measurements body measurements
     * @param hair         hair style
     */
    public record Key(BodyTemplate template, BodyMeasurements measurements, HairStyle hair) {
        /** @param profile a model @return its geometry key */
        public static Key of(AvatarProfile profile) {
            return new Key(profile.template(), profile.measurements(), profile.hair().style());
        }
    }

    private record Slot(MaterialSlot slot, Mesh mesh, int[] partIds) {
    }

    private final List<Slot> slots;
    private final double height;

    private BodyGeometry(List<Slot> slots, double height) {
        this.slots = List.copyOf(slots);
        this.height = height;
    }

    /**
     * Builds the avatar and splits its mesh.
     *
     * @param profile the model
     * @return its geometry
     * @throws IllegalArgumentException if the measurements do not make a plausible body
     */
    public static BodyGeometry build(AvatarProfile profile) {
        Avatar avatar = AvatarBuilder.build(profile);
        AvatarMesh mesh = avatar.mesh();
        List<Slot> slots = new ArrayList<>();
        int[] local = new int[mesh.vertexCount()];
        for (Map.Entry<MaterialSlot, int[]> e : mesh.triangles().entrySet()) {
            int[] tris = e.getValue();
            if (tris.length == 0) {
                continue;
            }
            Arrays.fill(local, -1);
            int[] vertices = new int[tris.length];
            int[] indices = new int[tris.length];
            int count = 0;
            for (int i = 0; i < tris.length; i++) {
                int v = tris[i];
                if (local[v] < 0) {
                    local[v] = count;
                    vertices[count++] = v;
                }
                indices[i] = local[v];
            }
            float[] p = new float[3 * count];
            float[] n = new float[3 * count];
            for (int i = 0; i < count; i++) {
                System.arraycopy(mesh.positions(), 3 * vertices[i], p, 3 * i, 3);
                System.arraycopy(mesh.normals(), 3 * vertices[i], n, 3 * i, 3);
            }
            int[] ids = new int[tris.length / 3];
            for (int t = 0; t < ids.length; t++) {
                ids[t] = mesh.parts()[tris[3 * t]];
            }
            slots.add(new Slot(e.getKey(), new Mesh(p, n, null, indices), ids));
        }
        return new BodyGeometry(slots, profile.measurements().get(Measurement.HEIGHT) / 100);
    }

    /** @return the model's height in metres */
    public double height() {
        return height;
    }

    /**
     * @param profile the model's colours (its geometry must be this one's)
     * @return one render item per material slot, coloured and shaded as the production renders the body
     */
    public List<SceneItem> items(AvatarProfile profile) {
        List<SceneItem> items = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            items.add(new SceneItem(s.mesh(), material(s.slot(), profile), s.partIds()));
        }
        return items;
    }

    private static Material material(MaterialSlot slot, AvatarProfile profile) {
        int rgb = switch (slot) {
            case SKIN -> profile.skin().rgb();
            case HAIR -> profile.hair().rgb();
            case EYE_WHITE -> 0xF2EFEA;
            case IRIS -> profile.face().irisRgb();
            case BROW -> profile.face().browRgb();
            case LIP -> profile.face().lipRgb();
        };
        Material m = Material.of(0xFF000000 | rgb);
        return switch (slot) {
            case SKIN -> m.withRoughness(0.55).withSpecular(0.18);
            case HAIR -> m.withRoughness(0.4).withSpecular(0.3);
            case IRIS, EYE_WHITE -> m.withRoughness(0.15).withSpecular(0.5).withCastsShadows(false);
            case LIP -> m.withRoughness(0.35).withSpecular(0.3);
            case BROW -> m.withRoughness(0.8).withSpecular(0.05).withCastsShadows(false);
        };
    }
}
