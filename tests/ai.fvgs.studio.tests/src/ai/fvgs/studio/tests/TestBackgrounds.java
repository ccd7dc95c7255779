package ai.fvgs.studio.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ai.fvgs.sdk.ExtensionInfo;
import ai.fvgs.sdk.RgbaImage;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.background.BackgroundParameter;
import ai.fvgs.sdk.background.BackgroundValues;

/** Backgrounds written the way a vendor writes them, for the scene set-up and animation preview tests. */
final class TestBackgrounds {

    /** The id of {@link #plain()}. */
    static final String PLAIN = "test.background.plain";

    private TestBackgrounds() {
    }

    /** One colour (parameter {@code colour}, default mid grey) with a brightness (parameter {@code level}, 0-1). */
    static Background plain() {
        return new Plain(0x808080, 1);
    }

    /** A background whose only parameter is a required picture file, like the built-in image background. */
    static Background picture() {
        return new Background() {
            @Override
            public ExtensionInfo info() {
                return ExtensionInfo.builder("test.background.picture").label("Test picture").vendor("Test").build();
            }

            @Override
            public List<BackgroundParameter> parameters() {
                return List.of(BackgroundParameter.file("file", "Picture", List.of("png"), true, ""));
            }

            @Override
            public void paint(RgbaImage target, double timeSeconds) {
                java.util.Arrays.fill(target.pixels(), 0xFF000000);
            }
        };
    }

    private record Plain(int rgb, double level) implements Background {
        @Override
        public ExtensionInfo info() {
            return ExtensionInfo.builder(PLAIN).label("Test plain").vendor("Test").build();
        }

        @Override
        public List<BackgroundParameter> parameters() {
            return List.of(BackgroundParameter.colour("colour", "Colour", "#808080", ""),
                    BackgroundParameter.number("level", "Level", "", 0, 1, 1, ""));
        }

        @Override
        public Background configure(Map<String, String> parameters, Path baseDirectory) {
            BackgroundValues v = BackgroundValues.parse(parameters(), parameters, baseDirectory);
            return new Plain(v.colour("colour"), v.number("level"));
        }

        @Override
        public void paint(RgbaImage target, double timeSeconds) {
            int r = (int) (((rgb >> 16) & 255) * level), g = (int) (((rgb >> 8) & 255) * level), b = (int) ((rgb & 255) * level);
            java.util.Arrays.fill(target.pixels(), 0xFF000000 | (r << 16) | (g << 8) | b);
        }
    }
}
