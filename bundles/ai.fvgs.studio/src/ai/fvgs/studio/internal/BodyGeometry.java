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
import ai.fvgs.outfit.DressedGarment;
import ai.fvgs.outfit.Outfit;
import ai.fvgs.outfit.OutfitItem;
import ai.fvgs.production.Surfaces;
import ai.fvgs.render.Material;
import ai.fvgs.render.Mesh;
import ai.fvgs.render.SceneItem;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * The built mesh of one body in its bind pose, split into one compact mesh per material slot (only that
 * slot's vertices), ready to render with any colours. Immutable once built; the render meshes are shared by
 * every frame drawn from it. A dressed geometry ({@link #dress}) also holds the fitted garments, coloured as the
 * production colours them, and only the skin they leave visible.
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

    private final Avatar avatar;
    private final List<Slot> slots;
    private final List<SceneItem> garments;
    private final double height;

    private BodyGeometry(Avatar avatar, List<Slot> slots, List<SceneItem> garments, double height) {
        this.avatar = avatar;
        this.slots = List.copyOf(slots);
        this.garments = List.copyOf(garments);
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
        return new BodyGeometry(avatar, split(avatar.mesh(), avatar.mesh().triangles()), List.of(),
                profile.measurements().get(Measurement.HEIGHT) / 100);
    }

    /**
     * Dresses this body: fits the garments with the engine's outfit fitting (bind pose, no cloth simulation)
     * and hides the skin they cover. This body is not changed.
     *
     * @param items the garments, innermost first
     * @return the dressed geometry: the visible body and one render item per garment
     * @throws IllegalArgumentException naming {@code outfit[i]} and the garment if one cannot be worn
     */
    public BodyGeometry dress(List<OutfitItem> items) {
        Outfit outfit = Outfit.dress(avatar, items);
        Map<MaterialSlot, int[]> visible = new java.util.EnumMap<>(MaterialSlot.class);
        for (MaterialSlot slot : avatar.mesh().triangles().keySet()) {
            visible.put(slot, outfit.visibleBodyTriangles(slot));
        }
        List<SceneItem> clothes = new ArrayList<>();
        List<DressedGarment> dressed = outfit.garments();
        for (int g = 0; g < dressed.size(); g++) {
            DressedGarment d = dressed.get(g);
            Material m = Surfaces.garment(d.appearance());
            float[] uvs = Surfaces.garmentUvs(d);
            clothes.add(new SceneItem(new Mesh(d.bindPositions(), d.bindNormals(), uvs, d.triangles()), m, GARMENT_PART + g));
        }
        return new BodyGeometry(avatar, split(avatar.mesh(), visible), clothes, height);
    }

    /** Part id of the first garment's triangles, as the production numbers them. */
    private static final int GARMENT_PART = 100;

    private static List<Slot> split(AvatarMesh mesh, Map<MaterialSlot, int[]> triangles) {
        List<Slot> slots = new ArrayList<>();
        int[] local = new int[mesh.vertexCount()];
        for (Map.Entry<MaterialSlot, int[]> e : triangles.entrySet()) {
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
        return slots;
    }

    /** @return the model's height in metres */
    public double height() {
        return height;
    }

    /**
     * @param profile the model's colours (its geometry must be this one's)
     * @param outfit  the garments this geometry was dressed in, for their current colours: a plain fabric (no
     *                pattern) is drawn in the colour given here, so a colour change needs no new fitting
     * @return one render item per material slot and garment
     */
    public List<SceneItem> items(AvatarProfile profile, List<ai.fvgs.scene.Scene.Garment> outfit) {
        List<SceneItem> items = items(profile);
        int first = items.size() - garments.size();
        for (int g = 0; g < garments.size() && g < outfit.size(); g++) {
            ai.fvgs.scene.Scene.Fabric f = outfit.get(g).fabric();
            if ("none".equals(f.pattern().type())) {
                SceneItem cached = garments.get(g);
                items.set(first + g, new SceneItem(cached.mesh(), plain(f), GARMENT_PART + g));
            }
        }
        return items;
    }

    /** The material of a plain fabric, as the production shades it. */
    private static Material plain(ai.fvgs.scene.Scene.Fabric f) {
        return Surfaces.fabric(f.rgb(), f.material().roughness(), f.material().sheen(), true);
    }

    /**
     * @param profile the model's colours (its geometry must be this one's)
     * @return one render item per material slot, coloured and shaded as the production renders the body
     */
    public List<SceneItem> items(AvatarProfile profile) {
        List<SceneItem> items = new ArrayList<>(slots.size() + garments.size());
        for (Slot s : slots) {
            items.add(new SceneItem(s.mesh(), material(s.slot(), profile), s.partIds()));
        }
        items.addAll(garments);
        return items;
    }

    private static Material material(MaterialSlot slot, AvatarProfile profile) {
        return Surfaces.body(slot, profile.colour(slot));
    }
}
