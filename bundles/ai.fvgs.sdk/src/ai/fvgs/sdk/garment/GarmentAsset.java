package ai.fvgs.sdk.garment;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.body.Measurement;

/**
 * A garment shipped as a ready-made glTF 2.0 binary ({@code .glb}) mesh, authored on a reference body.
 * The engine scales it to the wearer (heights by the body's landmark levels, widths and depths by the
 * girths at those levels), pushes it outside the body and any lower garment layer, and binds every vertex
 * to the skeleton of the nearest body vertex, so it follows the skin.
 * <p>
 * The file holds triangle meshes (all meshes of the default scene, node transforms applied) with
 * {@code POSITION} and optionally {@code NORMAL} and {@code TEXCOORD_0}, in metres, y up, the body facing
 * +z, feet on y = 0, standing as in {@link #REFERENCE_BODY}'s bind pose (arms hanging 9 degrees out from the
 * body). Texture coordinates, if present, are in metres of fabric, so a pattern repeats at its own scale;
 * without them the engine projects them around the body. Materials and textures in the file are ignored: the
 * scene's fabric colours the garment.
 *
 * @param glb       the {@code .glb} bytes
 * @param reference the body it was authored on, usually {@link #REFERENCE_BODY}
 * @since 1.1
 */
public record GarmentAsset(byte[] glb, BodyMeasurements reference) {

    /**
     * The documented reference body, size M of the feminine size chart (hourglass) in cm: height 168, bust 92,
     * underbust 79.1, waist 70, high hip 87, hip 100, inseam 78, shoulder width 36, arm length 58, neck 33,
     * thigh 56, calf 36. Its landmark levels are those of the feminine body template.
     */
    public static final BodyMeasurements REFERENCE_BODY = referenceBody();

    /** @throws IllegalArgumentException if the bytes do not start like a binary glTF file */
    public GarmentAsset {
        Objects.requireNonNull(glb, "glb");
        Objects.requireNonNull(reference, "reference");
        if (glb.length < 20 || glb[0] != 'g' || glb[1] != 'l' || glb[2] != 'T' || glb[3] != 'F') {
            throw new IllegalArgumentException("garment asset is not a binary glTF (.glb) file: it does not start with 'glTF'");
        }
        glb = glb.clone();
    }

    /**
     * @param glb the {@code .glb} bytes, authored on {@link #REFERENCE_BODY}
     * @return the asset
     */
    public static GarmentAsset ofGlb(byte[] glb) {
        return new GarmentAsset(glb, REFERENCE_BODY);
    }

    /** @return a copy of the {@code .glb} bytes */
    @Override
    public byte[] glb() {
        return glb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GarmentAsset other && Arrays.equals(glb, other.glb) && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(glb) + reference.hashCode();
    }

    @Override
    public String toString() {
        return "GarmentAsset[" + glb.length + " bytes]";
    }

    private static BodyMeasurements referenceBody() {
        Map<Measurement, Double> m = new EnumMap<>(Measurement.class);
        m.put(Measurement.HEIGHT, 168.0);
        m.put(Measurement.BUST, 92.0);
        m.put(Measurement.UNDERBUST, 79.1);
        m.put(Measurement.WAIST, 70.0);
        m.put(Measurement.HIGH_HIP, 87.0);
        m.put(Measurement.HIP, 100.0);
        m.put(Measurement.INSEAM, 78.0);
        m.put(Measurement.SHOULDER_WIDTH, 36.0);
        m.put(Measurement.ARM_LENGTH, 58.0);
        m.put(Measurement.NECK, 33.0);
        m.put(Measurement.THIGH, 56.0);
        m.put(Measurement.CALF, 36.0);
        return BodyMeasurements.of(m);
    }
}
