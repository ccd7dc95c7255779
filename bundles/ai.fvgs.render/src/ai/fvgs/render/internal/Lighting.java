package ai.fvgs.render.internal;

import java.util.List;

import ai.fvgs.render.Camera;
import ai.fvgs.render.Light;
import ai.fvgs.render.Matrix4;
import ai.fvgs.render.Scene;
import ai.fvgs.render.Vec3;

/** A frame's lights in the shader's terms: linear colours times intensity, directions towards each light. */
final class Lighting {

    float ambientRed;
    float ambientGreen;
    float ambientBlue;
    int count;
    float[] toLight = new float[0];
    float[] color = new float[0];
    ShadowMap[] shadows = new ShadowMap[0];
    float cameraX;
    float cameraY;
    float cameraZ;
    /** World-to-view rotation, row-major 3x3, for the normals buffer. */
    final float[] viewRotation = new float[9];

    /**
     * @param maps the shadow map of each light, {@code null} for lights without (or with nothing to cast)
     */
    void set(Scene scene, ShadowMap[] maps) {
        float ai = (float) scene.ambientIntensity();
        ambientRed = Srgb.channel(scene.ambientColor(), 16) * ai;
        ambientGreen = Srgb.channel(scene.ambientColor(), 8) * ai;
        ambientBlue = Srgb.channel(scene.ambientColor(), 0) * ai;
        List<Light> lights = scene.lights();
        count = lights.size();
        toLight = new float[3 * count];
        color = new float[3 * count];
        shadows = maps;
        for (int l = 0; l < count; l++) {
            Light light = lights.get(l);
            Vec3 d = light.direction();
            toLight[3 * l] = (float) -d.x();
            toLight[3 * l + 1] = (float) -d.y();
            toLight[3 * l + 2] = (float) -d.z();
            float li = (float) light.intensity();
            color[3 * l] = Srgb.channel(light.color(), 16) * li;
            color[3 * l + 1] = Srgb.channel(light.color(), 8) * li;
            color[3 * l + 2] = Srgb.channel(light.color(), 0) * li;
        }
        Camera camera = scene.camera();
        cameraX = (float) camera.position().x();
        cameraY = (float) camera.position().y();
        cameraZ = (float) camera.position().z();
        Matrix4 view = camera.viewMatrix();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                viewRotation[3 * r + c] = (float) view.get(r, c);
            }
        }
    }
}
