package ai.fvgs.garments.basic;

import java.util.List;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.garment.Neckline;
import ai.fvgs.sdk.garment.ParameterSpec;

/** What the built-in styles share: their description and the neckline choices. */
final class Styles {

    /** Neckline choices of tops and dresses. */
    static final List<String> NECKLINES = List.of("crew", "scoop", "v-neck", "square");

    private Styles() {
    }

    /**
     * @param name  the last part of the id, e.g. {@code shirt}
     * @param label the name users see
     * @param text  one sentence
     * @param caps  capabilities
     * @return the description, with the thumbnail {@code icons/<name>.png}
     */
    static ExtensionInfo info(String name, String label, String text, String... caps) {
        ExtensionInfo.Builder b = ExtensionInfo.builder("ai.fvgs.garment." + name).label(label).vendor("AI-FVGS").version("1.0.0")
                .description(text).thumbnail(Styles.class.getResource("/icons/" + name + ".png"));
        for (String c : caps) {
            b.capability(c);
        }
        return b.build();
    }

    /** @return the neckline choice parameter with the given default */
    static ParameterSpec neckline(String defaultValue) {
        return ParameterSpec.choice("neckline", "Neckline", NECKLINES, defaultValue);
    }

    /**
     * @param choice one of {@link #NECKLINES}
     * @return its shape: crew 2 cm, scoop 10 cm, V 15 cm, square 9 cm deep
     */
    static Neckline shape(String choice) {
        return switch (choice) {
            case "scoop" -> Neckline.scoop(10);
            case "v-neck" -> Neckline.vNeck(15);
            case "square" -> new Neckline(Neckline.Shape.SQUARE, 9, 22);
            default -> Neckline.CREW;
        };
    }
}
