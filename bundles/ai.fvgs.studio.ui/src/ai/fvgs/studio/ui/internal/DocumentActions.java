package ai.fvgs.studio.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import ai.fvgs.avatar.AvatarProfile;
import ai.fvgs.avatar.AvatarProfiles;
import ai.fvgs.scene.SceneException;
import ai.fvgs.studio.SceneDocument;
import ai.fvgs.studio.SceneEdits;

/**
 * What File &gt; New, Open, Save and Save As and the Model Builder's profile buttons do, with their dialogs:
 * asking for files, asking before unsaved changes are discarded, and errors in a dialog.
 */
public final class DocumentActions {

    private final FileChooser chooser;

    /** @param chooser asks for files */
    public DocumentActions(FileChooser chooser) {
        this.chooser = chooser;
    }

    /**
     * Asks whether to save unsaved changes.
     *
     * @return true to go on (saved, or discarded), false if the user cancelled or saving failed
     */
    public boolean confirmDiscard(Shell shell, SceneDocument doc) {
        if (!doc.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved Changes", null, "'" + doc.name() + "' has been modified. Save changes?",
                MessageDialog.QUESTION, 0, "&Save", "Do&n't Save", "Cancel");
        return switch (dialog.open()) {
            case 0 -> save(shell, doc);
            case 1 -> true;
            default -> false;
        };
    }

    /** File &gt; New: a new untitled scene, after asking about unsaved changes. */
    public void newScene(Shell shell, SceneDocument doc) {
        if (confirmDiscard(shell, doc)) {
            doc.newScene();
        }
    }

    /** File &gt; Open: a scene file, after asking about unsaved changes. @return whether a scene was opened */
    public boolean open(Shell shell, SceneDocument doc) {
        if (!confirmDiscard(shell, doc)) {
            return false;
        }
        Path file = chooser.choose(shell, false, "Open Scene", null);
        if (file == null) {
            return false;
        }
        try {
            doc.open(file);
            return true;
        } catch (IOException | SceneException | RuntimeException e) {
            StudioErrors.show(shell, "Open Scene", "The scene " + file + " could not be opened.", e);
            return false;
        }
    }

    /** File &gt; Save: to the document's file, or Save As for an untitled one. @return whether it was saved */
    public boolean save(Shell shell, SceneDocument doc) {
        if (doc.file().isEmpty()) {
            return saveAs(shell, doc);
        }
        try {
            doc.save();
            return true;
        } catch (IOException | RuntimeException e) {
            StudioErrors.show(shell, "Save Scene", "The scene could not be saved to " + doc.file().get() + ".", e);
            return false;
        }
    }

    /** File &gt; Save As: to a file the user picks ({@code .json} is added to a name without extension). */
    public boolean saveAs(Shell shell, SceneDocument doc) {
        Path file = chooser.choose(shell, true, "Save Scene As", doc.file().map(f -> f.getFileName().toString()).orElse("scene.json"));
        if (file == null) {
            return false;
        }
        file = withJson(file);
        try {
            doc.saveAs(file);
            return true;
        } catch (IOException | RuntimeException e) {
            StudioErrors.show(shell, "Save Scene As", "The scene could not be saved to " + file + ".", e);
            return false;
        }
    }

    /** Model Builder &gt; Load Profile: puts a model profile into the scene as one undoable edit. */
    public boolean loadProfile(Shell shell, SceneDocument doc) {
        Path file = chooser.choose(shell, false, "Load Model Profile", null);
        if (file == null) {
            return false;
        }
        try {
            AvatarProfile profile = AvatarProfiles.read(file);
            return doc.edit("Load profile " + file.getFileName(), SceneEdits.avatar(profile));
        } catch (IOException | RuntimeException e) {
            StudioErrors.show(shell, "Load Model Profile", "The profile " + file + " could not be loaded.", e);
            return false;
        }
    }

    /** Model Builder &gt; Save Profile As: writes the scene's model as a profile file. */
    public boolean saveProfile(Shell shell, SceneDocument doc) {
        String suggested = doc.scene().avatar().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".json";
        Path file = chooser.choose(shell, true, "Save Model Profile", suggested);
        if (file == null) {
            return false;
        }
        file = withJson(file);
        try {
            AvatarProfiles.write(doc.scene().avatar(), file);
            return true;
        } catch (IOException | RuntimeException e) {
            StudioErrors.show(shell, "Save Model Profile", "The profile could not be saved to " + file + ".", e);
            return false;
        }
    }

    private static Path withJson(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".json");
    }
}
