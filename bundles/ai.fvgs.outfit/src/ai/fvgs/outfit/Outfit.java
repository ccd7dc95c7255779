package ai.fvgs.outfit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarMesh;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.outfit.internal.AssetFitter;
import ai.fvgs.outfit.internal.BodyCapsules;
import ai.fvgs.outfit.internal.Coverage;
import ai.fvgs.outfit.internal.FittedMesh;
import ai.fvgs.outfit.internal.PatternTiles;
import ai.fvgs.outfit.internal.Region;
import ai.fvgs.outfit.internal.SkinBinder;
import ai.fvgs.outfit.internal.Tailor;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.garment.GarmentAsset;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;

/**
 * An avatar dressed in an outfit: every garment fitted to the body and to the garments under it, in the
 * bind pose. Garments are fitted in order of their layer (1 next to the skin, 3 outerwear) and, within a
 * layer, in the order given, so the later of two layer-1 garments goes over the earlier one (a top listed
 * after trousers hangs over them; listed before, it is tucked in). Immutable and thread-safe.
 */
public final class Outfit {

    private final Avatar avatar;
    private final List<DressedGarment> garments;
    private final Map<MaterialSlot, int[]> visible = new EnumMap<>(MaterialSlot.class);
    private final BodyCapsules capsules;

    private Outfit(Avatar avatar, List<DressedGarment> garments) {
        this.avatar = avatar;
        this.capsules = new BodyCapsules(avatar);
        this.garments = Collections.unmodifiableList(garments);
        boolean[] hidden = hiddenSkin(avatar.mesh(), garments);
        for (Map.Entry<MaterialSlot, int[]> e : avatar.mesh().triangles().entrySet()) {
            visible.put(e.getKey(), e.getKey() == MaterialSlot.SKIN ? keep(e.getValue(), hidden) : e.getValue());
        }
    }

    /**
     * Fits the garments (innermost first) to the avatar.
     *
     * @param avatar the wearer, in the bind pose
     * @param items  the garments; an empty list dresses nobody
     * @return the dressed avatar
     * @throws IllegalArgumentException naming {@code outfit[i]}, the garment id and the problem (a missing value,
     *                                  a style without a 3D form or asset, a garment that does not fit this body,
     *                                  a pattern image that cannot be read)
     */
    public static Outfit dress(Avatar avatar, List<OutfitItem> items) {
        if (avatar == null) {
            throw new IllegalArgumentException("outfit: no avatar to dress");
        }
        if (items == null) {
            throw new IllegalArgumentException("outfit: the list of garments is missing");
        }
        for (int i = 0; i < items.size(); i++) {
            check(items.get(i), i);
        }
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int[] layers = new int[items.size()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = layerOf(items.get(i), i);
        }
        Arrays.sort(order, Comparator.comparingInt(i -> layers[i]));
        DressedGarment[] dressed = new DressedGarment[items.size()];
        List<FittedMesh> under = new ArrayList<>();
        SkinBinder binder = new SkinBinder(avatar.mesh());
        for (int i : order) {
            OutfitItem item = items.get(i);
            String prefix = prefix(item, i);
            FittedMesh mesh = fit(avatar, item, under, prefix);
            Appearance look;
            try {
                look = appearance(item.fabric());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + e.getMessage(), e);
            }
            int[] joints = new int[4 * mesh.vertexCount()];
            float[] weights = new float[4 * mesh.vertexCount()];
            binder.bind(mesh, joints, weights);
            dressed[i] = new DressedGarment(item.style().info().id(), item.style().category(), layers[i], mesh, look, joints, weights, under.size(),
                    item.fabric().material());
            under.add(mesh);
        }
        return new Outfit(avatar, new ArrayList<>(Arrays.asList(dressed)));
    }

    private static void check(OutfitItem item, int i) {
        if (item == null) {
            throw new IllegalArgumentException("outfit[" + i + "]: the garment is missing");
        }
        if (item.style() == null) {
            throw new IllegalArgumentException("outfit[" + i + "]: the garment style is missing");
        }
        String id = idOf(item.style(), i);
        if (item.values() == null) {
            throw new IllegalArgumentException("outfit[" + i + "] (" + id + "): parameter values are missing");
        }
        if (item.fabric() == null || item.fabric().material() == null) {
            throw new IllegalArgumentException("outfit[" + i + "] (" + id + "): the fabric or its material is missing");
        }
    }

    private static String idOf(GarmentStyle style, int i) {
        try {
            return style.info().id();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("outfit[" + i + "]: the garment style cannot describe itself: " + e, e);
        }
    }

    private static int layerOf(OutfitItem item, int i) {
        int layer;
        try {
            layer = item.style().layer();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(prefix(item, i) + "the style failed to give its layer: " + e, e);
        }
        if (layer < 1 || layer > 3) {
            throw new IllegalArgumentException(prefix(item, i) + "layer " + layer + " is not allowed; allowed: 1 to 3");
        }
        return layer;
    }

    private static String prefix(OutfitItem item, int i) {
        return "outfit[" + i + "] (" + item.style().info().id() + "): ";
    }

    private static FittedMesh fit(Avatar avatar, OutfitItem item, List<FittedMesh> under, String prefix) {
        Optional<GarmentForm> form;
        Optional<GarmentAsset> asset;
        try {
            form = item.style().form(avatar.profile().measurements(), item.values());
            asset = form.isPresent() ? Optional.empty() : item.style().asset();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(prefix + "the style failed to describe its 3D form: " + e, e);
        }
        if (form == null || asset == null) {
            throw new IllegalArgumentException(prefix + "the style returned null instead of an Optional for its 3D form");
        }
        try {
            if (form.isPresent()) {
                return Tailor.fit(avatar, form.get(), under);
            }
            if (asset.isPresent()) {
                return AssetFitter.fit(avatar, asset.get(), under);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + e.getMessage(), e);
        }
        throw new IllegalArgumentException(prefix + "the style has neither a 3D form nor a glTF asset, so it cannot be worn; "
                + "it can only be drafted as a flat pattern");
    }

    private static Appearance appearance(Scene.Fabric fabric) {
        Material m = fabric.material();
        Scene.Pattern p = fabric.pattern() == null ? Scene.Pattern.NONE : fabric.pattern();
        return new Appearance(fabric.rgb() & 0xFFFFFF, m.roughness(), m.sheen(), true, PatternTiles.tile(fabric), p.scale());
    }

    private static boolean[] hiddenSkin(AvatarMesh body, List<DressedGarment> garments) {
        float[] p = body.positions();
        byte[] parts = body.parts();
        boolean[] hidden = new boolean[body.vertexCount()];
        for (DressedGarment g : garments) {
            for (Coverage c : g.mesh().covers()) {
                for (int v = 0; v < hidden.length; v++) {
                    if (!hidden[v] && c.hides(Region.part(parts[v]), p[3 * v], p[3 * v + 1], p[3 * v + 2])) {
                        hidden[v] = true;
                    }
                }
            }
        }
        return hidden;
    }

    private static int[] keep(int[] triangles, boolean[] hidden) {
        int[] out = new int[triangles.length];
        int n = 0;
        for (int i = 0; i < triangles.length; i += 3) {
            if (!(hidden[triangles[i]] && hidden[triangles[i + 1]] && hidden[triangles[i + 2]])) {
                out[n++] = triangles[i];
                out[n++] = triangles[i + 1];
                out[n++] = triangles[i + 2];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** @return the avatar this outfit is fitted to */
    public Avatar avatar() {
        return avatar;
    }

    BodyCapsules capsules() {
        return capsules;
    }

    /** @return the dressed garments, in the same order as the items */
    public List<DressedGarment> garments() {
        return garments;
    }

    /**
     * Avatar triangles still to draw for a material slot: skin triangles hidden under opaque garments (all
     * three corners well inside a fitted piece) are removed.
     *
     * @param slot the material
     * @return vertex indices into the avatar's mesh, three per triangle; do not modify
     */
    public int[] visibleBodyTriangles(MaterialSlot slot) {
        return visible.get(slot);
    }

    /**
     * @param fps frames per second of the output, 1 to 240
     * @return a fresh, deterministic animator; call {@link OutfitAnimator#update} once per output frame, in order
     */
    public OutfitAnimator animator(double fps) {
        if (!(fps >= 1 && fps <= 240)) {
            throw new IllegalArgumentException("fps = " + fps + " is not allowed; allowed: 1 to 240");
        }
        return new OutfitAnimator(this, fps);
    }
}
