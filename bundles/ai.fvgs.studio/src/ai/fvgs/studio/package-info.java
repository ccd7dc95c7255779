/**
 * The Studio's core, without any UI toolkit: {@link ai.fvgs.studio.SceneDocument} (a scene being edited, with
 * its file, dirty state and undoable edits), {@link ai.fvgs.studio.SceneEdits} (the changes the Model Builder
 * makes to a scene) and {@link ai.fvgs.studio.PreviewRenderer} (small, latest-wins renders of the model for
 * the live preview). The workbench's Studio parts in {@code ai.fvgs.studio.ui} are a front end over these.
 */
package ai.fvgs.studio;
