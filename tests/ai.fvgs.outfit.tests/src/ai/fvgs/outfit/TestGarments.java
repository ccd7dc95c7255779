package ai.fvgs.outfit;

import java.util.List;
import java.util.Optional;

import ai.fvgs.avatar.Avatar;
import ai.fvgs.avatar.AvatarBuilder;
import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.BodyTemplate;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.scene.Material;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.body.BodyMeasurements;
import ai.fvgs.sdk.garment.BodyLevel;
import ai.fvgs.sdk.garment.Drape;
import ai.fvgs.sdk.garment.FittedTorso;
import ai.fvgs.sdk.garment.GarmentAsset;
import ai.fvgs.sdk.garment.GarmentCategory;
import ai.fvgs.sdk.garment.GarmentForm;
import ai.fvgs.sdk.garment.GarmentStyle;
import ai.fvgs.sdk.garment.Legs;
import ai.fvgs.sdk.garment.Level;
import ai.fvgs.sdk.garment.Neckline;
import ai.fvgs.sdk.garment.ParameterSpec;
import ai.fvgs.sdk.garment.ParameterValues;
import ai.fvgs.sdk.garment.Sleeves;

/** Garment styles and bodies for the tests, written the way a vendor would. */
final class TestGarments {

    static final Scene.Fabric PLAIN = new Scene.Fabric(0x4060A0, Material.COTTON, Scene.Pattern.NONE);

    private TestGarments() {
    }

    static Avatar avatar(SizeClass size) {
        return AvatarBuilder.build(AvatarProfile.preset(BodyTemplate.FEMININE, size, BodyShape.HOURGLASS));
    }

    static GarmentStyle form(String id, GarmentCategory category, GarmentForm form) {
        return new Style(id, category, form, null);
    }

    static GarmentStyle asset(String id, GarmentCategory category, GarmentAsset asset) {
        return new Style(id, category, null, asset);
    }

    static GarmentStyle tee() {
        return form("test.tee", GarmentCategory.TOP, GarmentForm.of(FittedTorso.bodice(Neckline.CREW,
                Level.below(BodyLevel.SHOULDER, 62), 8), new Sleeves(20, 4, 4)));
    }

    static GarmentStyle trousers() {
        return form("test.trousers", GarmentCategory.PANTS, GarmentForm.of(FittedTorso.band(Level.at(BodyLevel.WAIST),
                Level.below(BodyLevel.CROTCH, 2), 6), new Legs(Level.below(BodyLevel.ANKLE, -3), 6, 8)));
    }

    static GarmentStyle coat() {
        return form("test.coat", GarmentCategory.COAT, GarmentForm.of(FittedTorso.bodice(Neckline.vNeck(18), Level.at(BodyLevel.HIP), 14),
                new Sleeves(58, 8, 8), Drape.plain(Level.at(BodyLevel.HIP), Level.at(BodyLevel.KNEE), 4, 180)));
    }

    static GarmentStyle skirt() {
        return form("test.skirt", GarmentCategory.SKIRT, GarmentForm.of(new Drape(Level.at(BodyLevel.WAIST),
                Level.below(BodyLevel.WAIST, 60), 2, 200, 16, 3)));
    }

    static OutfitItem item(GarmentStyle style) {
        return new OutfitItem(style, ParameterValues.defaults(style.parameters()), PLAIN);
    }

    /** A style as a vendor ships it: a form or an asset, or neither. */
    private record Style(String id, GarmentCategory category, GarmentForm shape, GarmentAsset glb) implements GarmentStyle {

        @Override
        public ExtensionInfo info() {
            return ExtensionInfo.builder(id).label(id).vendor("Test").build();
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Optional<GarmentForm> form(BodyMeasurements body, ParameterValues values) {
            return Optional.ofNullable(shape);
        }

        @Override
        public Optional<GarmentAsset> asset() {
            return Optional.ofNullable(glb);
        }
    }
}
