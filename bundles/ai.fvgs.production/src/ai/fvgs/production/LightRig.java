package ai.fvgs.production;

import java.util.ArrayList;
import java.util.List;

import ai.fvgs.render.Light;
import ai.fvgs.render.Vec3;
import ai.fvgs.scene.Scene;

/**
 * Turns the scene's key, fill and rim lights into directional lights. Azimuth 0 is the audience side of the
 * runway (+z, where a front camera stands); positive azimuths go towards the model's left (+x) when it walks
 * towards the audience; elevation is degrees above the horizon. Lights stay fixed in the studio while the
 * camera moves. Lights with intensity 0 are left out.
 */
public final class LightRig {

    private LightRig() {
    }

    /**
     * @param lights the scene's lights
     * @return directional lights for the renderer, key first
     */
    public static List<Light> of(Scene.Lights lights) {
        List<Light> out = new ArrayList<>(3);
        for (Scene.Light l : new Scene.Light[] { lights.key(), lights.fill(), lights.rim() }) {
            if (l.intensity() <= 0) {
                continue;
            }
            Light light = Light.directional(direction(l.azimuth(), l.elevation()), l.rgb(), l.intensity());
            out.add(l.shadows() ? light.withShadows() : light);
        }
        return out;
    }

    /**
     * @param azimuthDegrees   around the model, 0 = +z, 90 = +x
     * @param elevationDegrees above the horizon
     * @return the direction the light travels (from the light towards the model)
     */
    public static Vec3 direction(double azimuthDegrees, double elevationDegrees) {
        double az = StrictMath.toRadians(azimuthDegrees);
        double el = StrictMath.toRadians(elevationDegrees);
        double c = StrictMath.cos(el);
        return new Vec3(-c * StrictMath.sin(az), -StrictMath.sin(el), -c * StrictMath.cos(az));
    }
}
