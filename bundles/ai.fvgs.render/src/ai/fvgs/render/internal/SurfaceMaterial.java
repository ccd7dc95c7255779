package ai.fvgs.render.internal;

import ai.fvgs.render.Material;

/** A {@link Material} in the form the shader uses: linear colour, integer shininess, prepared texture. */
final class SurfaceMaterial {

    final float red;
    final float green;
    final float blue;
    final float opacity;
    final MipChain texture;
    final float specular;
    final float shininess;
    final boolean doubleSided;
    final boolean translucent;
    final boolean castsShadows;
    /** Whether the surface is a shadow catcher; its {@link #opacity} is then the darkness of a full shadow. */
    final boolean shadowCatcher;

    SurfaceMaterial(Material m, MipChain texture) {
        int c = m.baseColor();
        this.red = Srgb.channel(c, 16);
        this.green = Srgb.channel(c, 8);
        this.blue = Srgb.channel(c, 0);
        this.shadowCatcher = m.isShadowCatcher();
        this.opacity = shadowCatcher ? (float) m.shadowCatcherOpacity() : (c >>> 24) / 255f;
        this.texture = texture;
        this.shininess = shininess(m.roughness());
        // Blinn-Phong normalisation (n + 8) / (8 pi): a tight highlight is brighter than a broad one
        this.specular = (float) (m.specular() * (shininess + 8) / (8 * Math.PI));
        this.doubleSided = m.isDoubleSided();
        this.translucent = m.isTranslucent();
        this.castsShadows = m.castsShadows();
    }

    /** Blinn-Phong exponent of a roughness, as in the usual mapping from microfacet roughness: 2 / r^4 - 2. */
    private static float shininess(double roughness) {
        double r2 = roughness * roughness;
        double n = r2 * r2 > 0 ? 2 / (r2 * r2) - 2 : 4096;
        return (float) Math.max(1, Math.min(4096, n));
    }
}
