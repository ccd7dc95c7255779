package ai.fvgs.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.avatar.AvatarProfiles;
import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.sdk.body.Measurement;
import ai.fvgs.studio.LengthUnit;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;

/** Scene documents: edits, undo and redo, the dirty state, new, open, save and save as. */
class SceneDocumentTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("fvgs.examples", "examples"));

    @TempDir
    Path dir;

    private SceneDocument doc;
    private final List<SceneDocument.Change> changes = new ArrayList<>();

    @BeforeEach
    void create() {
        doc = new SceneDocument(SceneEdits.defaultScene());
        doc.addListener(changes::add);
    }

    @Test
    void aNewDocumentIsUntitledCleanAndHasNothingToUndo() {
        assertEquals("Untitled", doc.name());
        assertTrue(doc.file().isEmpty());
        assertFalse(doc.isDirty());
        assertFalse(doc.canUndo());
        assertFalse(doc.canRedo());
        assertEquals(92.0, doc.scene().avatar().measurements().get(Measurement.BUST), "size M hourglass bust");
    }

    @Test
    void editsAreUndoneAndRedoneAndTheDirtyStateFollows() {
        Scene start = doc.scene();
        assertTrue(doc.edit("Change bust", SceneEdits.measurement(Measurement.BUST, 101)));
        assertEquals(101, doc.scene().avatar().measurements().get(Measurement.BUST));
        assertTrue(doc.isDirty());
        assertTrue(doc.edit("Change hair style", SceneEdits.hairStyle(HairStyle.COILY_AFRO)));
        assertEquals("Change hair style", doc.undoLabel());

        assertTrue(doc.undo());
        assertEquals(HairStyle.LONG_STRAIGHT, doc.scene().avatar().hair().style());
        assertEquals("Change hair style", doc.redoLabel());
        assertTrue(doc.undo());
        assertEquals(start, doc.scene());
        assertFalse(doc.isDirty(), "undoing back to the saved state makes the document clean");
        assertFalse(doc.undo());

        assertTrue(doc.redo());
        assertEquals(101, doc.scene().avatar().measurements().get(Measurement.BUST));
        assertTrue(doc.isDirty());
        assertEquals(List.of(SceneDocument.ChangeKind.EDITED, SceneDocument.ChangeKind.EDITED, SceneDocument.ChangeKind.UNDONE,
                SceneDocument.ChangeKind.UNDONE, SceneDocument.ChangeKind.REDONE), changes.stream().map(SceneDocument.Change::kind).toList());
    }

    @Test
    void listenersSeeTheHistoryAsItIsAfterTheChange() throws Exception {
        List<String> seen = new ArrayList<>();
        doc.addListener(c -> seen.add(c.kind() + ": undo '" + doc.undoLabel() + "', redo '" + doc.redoLabel() + "'"));
        doc.edit("Change waist", SceneEdits.measurement(Measurement.WAIST, 75));
        doc.undo();
        doc.history().redo(doc.undoContext(), null, null);
        assertEquals(List.of("EDITED: undo 'Change waist', redo ''", "UNDONE: undo '', redo 'Change waist'",
                "REDONE: undo 'Change waist', redo ''"), seen, "a redo made on the history directly is reported too");
        assertEquals(75, doc.scene().avatar().measurements().get(Measurement.WAIST));
    }

    @Test
    void aNewEditAfterUndoDropsTheRedo() {
        doc.edit("Skin", SceneEdits.skin(SkinTone.monk(9)));
        doc.undo();
        assertTrue(doc.canRedo());
        doc.edit("Skin", SceneEdits.skin(SkinTone.custom(0x123456)));
        assertFalse(doc.canRedo());
        assertEquals(0x123456, doc.scene().avatar().skin().rgb());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        assertFalse(doc.edit("Same bust", SceneEdits.measurement(Measurement.BUST, doc.scene().avatar().measurements().get(Measurement.BUST))));
        assertFalse(doc.canUndo());
        assertTrue(changes.isEmpty());
    }

    @Test
    void rejectedEditsNameTheValueAndLeaveTheSceneAlone() {
        Scene before = doc.scene();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> doc.edit("Bust", SceneEdits.measurement(Measurement.BUST, 400)));
        assertTrue(e.getMessage().contains("bust = 400.0 cm is out of range; allowed 60.0 to 180.0 cm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> doc.edit("Inseam", SceneEdits.measurement(Measurement.INSEAM, 100)));
        assertTrue(e.getMessage().startsWith("inseam 100.0 cm does not fit height"), e.getMessage());
        assertEquals(before, doc.scene());
        assertFalse(doc.canUndo());
        assertFalse(doc.isDirty());
    }

    @Test
    void saveAsWritesASceneFileTheRendererReadsAndMakesTheDocumentClean() throws Exception {
        doc.edit("Preset", SceneEdits.preset(SizeClass.XXXL, BodyShape.PEAR));
        doc.edit("Hair colour", SceneEdits.hairColour(0xB5562A));
        assertThrows(IllegalStateException.class, doc::save, "an untitled document needs a file");
        Path file = dir.resolve("looks/plus.json");
        doc.saveAs(file);
        assertEquals("plus.json", doc.name());
        assertEquals(file.toAbsolutePath(), doc.file().orElseThrow());
        assertFalse(doc.isDirty());
        assertEquals(SceneDocument.ChangeKind.SAVED, changes.get(changes.size() - 1).kind());
        assertEquals(doc.scene(), SceneFiles.read(file));
        assertTrue(doc.canUndo(), "saving keeps the edits");

        doc.undo();
        assertTrue(doc.isDirty(), "undoing past the save point makes the document dirty");
        doc.save();
        assertFalse(doc.isDirty());
        assertEquals(doc.scene(), SceneFiles.read(file));
    }

    @Test
    void aFailedSaveKeepsTheFileAndTheDirtyState() throws Exception {
        Path file = dir.resolve("a.json");
        doc.saveAs(file);
        doc.edit("Bust", SceneEdits.measurement(Measurement.BUST, 95));
        Path blocked = dir.resolve("blocked.json");
        Files.createDirectories(blocked.resolve("inside"));
        assertThrows(IOException.class, () -> doc.saveAs(blocked));
        assertEquals(file.toAbsolutePath(), doc.file().orElseThrow());
        assertTrue(doc.isDirty());
    }

    @Test
    void openReplacesTheSceneAndForgetsTheEdits() throws Exception {
        doc.edit("Bust", SceneEdits.measurement(Measurement.BUST, 95));
        Path example = EXAMPLES.resolve("scenes/plus-size-deepest-tone.json");
        doc.open(example);
        assertEquals(SceneFiles.read(example), doc.scene());
        assertEquals("plus-size-deepest-tone.json", doc.name());
        assertFalse(doc.isDirty());
        assertFalse(doc.canUndo());
        assertEquals(SceneDocument.ChangeKind.REPLACED, changes.get(changes.size() - 1).kind());

        doc.newScene();
        assertEquals("Untitled", doc.name());
        assertEquals(SceneEdits.defaultScene(), doc.scene());
    }

    @Test
    void aBadFileLeavesTheDocumentAsItWas() throws Exception {
        doc.edit("Bust", SceneEdits.measurement(Measurement.BUST, 95));
        Scene before = doc.scene();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"fvgs-scene\",\"version\":1,\"output\":{\"fps\":29}}");
        SceneException e = assertThrows(SceneException.class, () -> doc.open(bad));
        assertTrue(e.getMessage().contains("$.output.fps: 29 is not allowed"), e.getMessage());
        assertEquals(before, doc.scene());
        assertTrue(doc.canUndo());
        assertTrue(doc.isDirty());
    }

    @Test
    void documentsSharingAHistoryUndoOnlyTheirOwnEdits() {
        IOperationHistory history = new DefaultOperationHistory();
        SceneDocument a = new SceneDocument(SceneEdits.defaultScene(), history);
        SceneDocument b = new SceneDocument(SceneEdits.defaultScene(), history);
        a.edit("A", SceneEdits.measurement(Measurement.WAIST, 80));
        b.edit("B", SceneEdits.measurement(Measurement.WAIST, 70));
        assertTrue(a.undo());
        assertEquals(70, b.scene().avatar().measurements().get(Measurement.WAIST));
        assertNotEquals(80, a.scene().avatar().measurements().get(Measurement.WAIST));
    }

    @Test
    void aProfileLoadedIntoTheSceneIsOneUndoableEdit() throws Exception {
        Path profile = EXAMPLES.resolve("avatars/lena-mst1.json");
        Scene before = doc.scene();
        doc.edit("Load profile", SceneEdits.avatar(AvatarProfiles.read(profile)));
        assertEquals(AvatarProfiles.read(profile), doc.scene().avatar());
        doc.undo();
        assertEquals(before, doc.scene());
    }

    @Test
    void lengthsConvertBetweenCentimetresAndInches() {
        assertEquals(2.54, LengthUnit.IN.toCm(1), 1e-12);
        assertEquals(36, LengthUnit.IN.fromCm(91.44), 1e-9);
        assertEquals("35.43 in", LengthUnit.IN.format(90));
        assertEquals("90.0 cm", LengthUnit.CM.format(90));
    }
}
