package ai.fvgs.outfit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.BodyPart;
import ai.fvgs.avatar.Landmarks;
import ai.fvgs.avatar.MaterialSlot;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.Level;

/** Read-only views of the avatar that fitting needs: landmark heights and skin triangles per body part. */
final class BodySurfaces {

    private final Avatar avatar;

    BodySurfaces(Avatar avatar) {
        this.avatar = avatar;
    }

    Avatar avatar() {
        return avatar;
    }

    /** @return the height of a level on this body, metres */
    double height(Level level) {
        return height(level.from()) - level.belowCm() / 100;
    }

    double height(BodyLevel level) {
        Landmarks l = avatar.landmarks();
        return switch (level) {
            case NECK_BASE -> l.neckBase();
            case SHOULDER -> l.shoulder();
            case ARMPIT -> l.armpit();
            case BUST -> l.bust();
            case UNDERBUST -> l.underbust();
            case WAIST -> l.waist();
            case HIGH_HIP -> l.highHip();
            case HIP -> l.hip();
            case CROTCH -> l.crotch();
            case THIGH -> l.thigh();
            case KNEE -> l.knee();
            case CALF -> l.calf();
            case ANKLE -> l.ankle();
            case FLOOR -> 0;
        };
    }

    /** @return the skin triangles whose first vertex belongs to one of {@code parts} */
    RadialField.Source skin(Set<BodyPart> parts) {
        int[] all = avatar.mesh().triangles().get(MaterialSlot.SKIN);
        byte[] part = avatar.mesh().parts();
        int[] kept = new int[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i += 3) {
            if (parts.contains(Region.part(part[all[i]]))) {
                kept[n++] = all[i];
                kept[n++] = all[i + 1];
                kept[n++] = all[i + 2];
            }
        }
        return new RadialField.Source(avatar.mesh().positions(), java.util.Arrays.copyOf(kept, n));
    }

    /** @return joint position in the bind pose */
    double[] joint(String name) {
        var j = avatar.skeleton().joint(name);
        return new double[] { j.x(), j.y(), j.z() };
    }

    /**
     * @param lower  lower garment layers
     * @param region the region being fitted
     * @return their triangles that lie in a region covered by {@code region}
     */
    static List<RadialField.Source> lowerSources(List<FittedMesh> lower, Region region) {
        List<RadialField.Source> out = new ArrayList<>();
        for (FittedMesh m : lower) {
            int[] t = m.triangles();
            int[] kept = new int[t.length];
            int n = 0;
            for (int i = 0; i < t.length; i += 3) {
                if (region.covers(Region.of(m.regions()[t[i]]))) {
                    kept[n++] = t[i];
                    kept[n++] = t[i + 1];
                    kept[n++] = t[i + 2];
                }
            }
            if (n > 0) {
                out.add(new RadialField.Source(m.positions(), java.util.Arrays.copyOf(kept, n)));
            }
        }
        return out;
    }
}
