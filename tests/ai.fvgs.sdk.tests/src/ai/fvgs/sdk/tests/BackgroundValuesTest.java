package ai.fvgs.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.sdk.background.BackgroundParameter;
import ai.fvgs.sdk.background.BackgroundValues;

/** Parsing a scene's background parameter texts: defaults, every type, and every error message. */
class BackgroundValuesTest {

    static final List<BackgroundParameter> PARAMETERS = List.of(
            BackgroundParameter.colour("colour", "Colour", "#F3F2EF", "backdrop"),
            BackgroundParameter.number("length", "Length", "m", 2, 40, 10, ""),
            BackgroundParameter.number("gloss", "Gloss", "", 0, 1, 0.45, ""),
            BackgroundParameter.choice("fit", "Fit", List.of("cover", "contain", "stretch"), "cover", ""),
            BackgroundParameter.bool("spots", "Spots", true, ""),
            BackgroundParameter.file("logo", "Logo", List.of("png"), false, ""));

    @TempDir
    Path dir;

    BackgroundValues parse(Map<String, String> texts) {
        return BackgroundValues.parse(PARAMETERS, texts, dir);
    }

    String error(Map<String, String> texts) {
        return assertThrows(IllegalArgumentException.class, () -> parse(texts)).getMessage();
    }

    @Test
    void leftOutParametersTakeTheirDefaults() {
        BackgroundValues v = parse(Map.of());
        assertEquals(0xFFF3F2EF, v.colour("colour"));
        assertEquals(10, v.number("length"));
        assertEquals(0.45, v.number("gloss"));
        assertEquals("cover", v.choice("fit"));
        assertTrue(v.bool("spots"));
        assertEquals(Optional.empty(), v.file("logo"));
        assertEquals(List.of("colour", "length", "gloss", "fit", "spots", "logo"), List.copyOf(v.asMap().keySet()), "declaration order");
    }

    @Test
    void givenTextsAreParsed() throws Exception {
        Files.createDirectories(dir.resolve("art"));
        Files.write(dir.resolve("art/Logo.PNG"), new byte[] { 1 });
        BackgroundValues v = parse(Map.of("colour", "#0a0B0c", "length", "2.5e1", "gloss", "1", "fit", "contain", "spots", "false",
                "logo", "art/../art/Logo.PNG"));
        assertEquals(0xFF0A0B0C, v.colour("colour"));
        assertEquals(25, v.number("length"));
        assertEquals(1, v.number("gloss"));
        assertEquals("contain", v.choice("fit"));
        assertFalse(v.bool("spots"));
        assertEquals(Optional.of(dir.resolve("art/Logo.PNG").toAbsolutePath().normalize()), v.file("logo"),
                "relative to the base directory, normalised");
    }

    @Test
    void everyKindOfBadTextIsNamedWithWhatIsAllowed() {
        assertEquals("colour: \"#12\" is not a colour; allowed: #rrggbb", error(Map.of("colour", "#12")));
        assertEquals("colour: \"red\" is not a colour; allowed: #rrggbb", error(Map.of("colour", "red")));
        assertEquals("colour: \"#gg0000\" is not a colour; allowed: #rrggbb", error(Map.of("colour", "#gg0000")));
        assertEquals("length: \"long\" is not a number; allowed: 2 to 40 m", error(Map.of("length", "long")));
        assertEquals("length: \"NaN\" is not a number; allowed: 2 to 40 m", error(Map.of("length", "NaN")));
        assertEquals("length: \"0x10\" is not a number; allowed: 2 to 40 m", error(Map.of("length", "0x10")));
        assertEquals("length: \"41\" is out of range; allowed: 2 to 40 m", error(Map.of("length", "41")));
        assertEquals("gloss: \"-0.1\" is out of range; allowed: 0 to 1", error(Map.of("gloss", "-0.1")));
        assertEquals("fit: \"Cover\" is not allowed; allowed: cover, contain, stretch", error(Map.of("fit", "Cover")));
        assertEquals("spots: \"yes\" is not a boolean; allowed: true, false", error(Map.of("spots", "yes")));
        assertEquals("logo: \"logo.gif\" is not an allowed file type; allowed: a readable .png file", error(Map.of("logo", "logo.gif")));
        assertEquals("logo: \"none.png\" does not exist (looked for " + dir.resolve("none.png").toAbsolutePath().normalize()
                + "); allowed: a readable .png file", error(Map.of("logo", "none.png")));
    }

    @Test
    void aFolderIsNotAFile() throws Exception {
        Files.createDirectories(dir.resolve("folder.png"));
        assertEquals("logo: \"folder.png\" is not a readable file (" + dir.resolve("folder.png").toAbsolutePath().normalize()
                + "); allowed: a readable .png file", error(Map.of("logo", "folder.png")));
    }

    @Test
    void unknownKeysAreErrorsListingTheKnownOnes() {
        assertEquals("unknown parameter \"colur\"; allowed: colour, length, gloss, fit, spots, logo", error(Map.of("colur", "#ffffff")));
        assertEquals("unknown parameter \"x\"; allowed: none (this background takes no parameters)",
                assertThrows(IllegalArgumentException.class, () -> BackgroundValues.parse(List.of(), Map.of("x", "1"), dir)).getMessage());
    }

    @Test
    void aRequiredFileMustBeGiven() {
        List<BackgroundParameter> video = List.of(BackgroundParameter.file("file", "Video", List.of("mp4", "webm"), true, ""));
        assertEquals("file: missing; allowed: a readable .mp4, .webm file",
                assertThrows(IllegalArgumentException.class, () -> BackgroundValues.parse(video, Map.of(), dir)).getMessage());
        assertEquals("file: \"\" names no file; allowed: a readable .mp4, .webm file",
                assertThrows(IllegalArgumentException.class, () -> BackgroundValues.parse(video, Map.of("file", ""), dir)).getMessage());
    }

    @Test
    void declarationsCheckTheirOwnDefaults() {
        assertThrows(IllegalArgumentException.class, () -> BackgroundParameter.colour("c", "C", "white", ""));
        assertThrows(IllegalArgumentException.class, () -> BackgroundParameter.number("n", "N", "", 0, 1, 2, ""));
        assertThrows(IllegalArgumentException.class, () -> BackgroundParameter.choice("c", "C", List.of("a"), "b", ""));
        assertThrows(IllegalArgumentException.class, () -> BackgroundParameter.bool("Bad-Key", "B", true, ""));
        assertEquals("#f3f2ef", PARAMETERS.get(0).defaultValue(), "colours are kept lower case");
        assertEquals("0.45", PARAMETERS.get(2).defaultValue());
        assertEquals("10", PARAMETERS.get(1).defaultValue());
    }

    @Test
    void aValueOfTheWrongTypeIsAProgrammingErrorNamedAsSuch() {
        BackgroundValues v = parse(Map.of());
        assertEquals("'fit' is not a number parameter of this background",
                assertThrows(IllegalArgumentException.class, () -> v.number("fit")).getMessage());
    }
}
