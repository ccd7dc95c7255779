package ai.fvgs.avatar;

import java.util.Objects;

import ai.fvgs.sdk.body.BodyMeasurements;

/**
 * Everything that defines a virtual fashion model. Save and load it as JSON with {@link AvatarProfiles}.
 *
 * @param name         a name for people, e.g. {@code Ada, size M}
 * @param template     the body template
 * @param measurements the body measurements in cm
 * @param skin         the skin tone
 * @param hair         hair style and colour
 * @param face         face feature colours
 */
public record AvatarProfile(String name, BodyTemplate template, BodyMeasurements measurements, SkinTone skin, Hair hair, Face face) {

    /** @throws NullPointerException naming a missing part */
    public AvatarProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(skin, "skin");
        Objects.requireNonNull(hair, "hair");
        Objects.requireNonNull(face, "face");
    }

    /**
     * A profile from the size chart with MST 5 skin and dark brown long straight hair.
     *
     * @param template the template
     * @param size     the size class
     * @param shape    the body shape
     * @return the profile
     */
    public static AvatarProfile preset(BodyTemplate template, SizeClass size, BodyShape shape) {
        SkinTone skin = SkinTone.monk(5);
        Hair hair = new Hair(template == BodyTemplate.MASCULINE ? HairStyle.SHORT_CROP : HairStyle.LONG_STRAIGHT, 0x3B2A20);
        return new AvatarProfile(template.id() + " " + size.label() + " " + shape.id(), template,
                SizeChart.preset(template, size, shape), skin, hair, Face.natural(skin, hair));
    }

    /** @param m new measurements @return a copy with them */
    public AvatarProfile withMeasurements(BodyMeasurements m) {
        return new AvatarProfile(name, template, m, skin, hair, face);
    }

    /** @param s new skin tone @return a copy with it */
    public AvatarProfile withSkin(SkinTone s) {
        return new AvatarProfile(name, template, measurements, s, hair, face);
    }

    /** @param h new hair @return a copy with it */
    public AvatarProfile withHair(Hair h) {
        return new AvatarProfile(name, template, measurements, skin, h, face);
    }

    /**
     * @param slot a material slot of the mesh
     * @return its colour, {@code 0xRRGGBB}: skin, hair, face colours, and a fixed white for the eyes
     */
    public int colour(MaterialSlot slot) {
        return switch (slot) {
            case SKIN -> skin.rgb();
            case HAIR -> hair.rgb();
            case EYE_WHITE -> 0xF2EFEA;
            case IRIS -> face.irisRgb();
            case BROW -> face.browRgb();
            case LIP -> face.lipRgb();
        };
    }
}
