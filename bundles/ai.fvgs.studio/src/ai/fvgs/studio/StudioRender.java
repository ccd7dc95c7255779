package ai.fvgs.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.production.Production;
import ai.fvgs.production.ProductionException;
import ai.fvgs.production.RenderJob;
import ai.fvgs.production.RenderOptions;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.sdk.Progress;

/**
 * Renders for the Studio, on the calling thread (a workbench Job): a scene to an MP4 in the {@link RenderLibrary},
 * and a finished render's guidance sequences into another folder. Both use the same {@link RenderJob} as
 * {@code fvgs render}, so outputs appear only when complete and a cancelled or failed render leaves nothing behind.
 */
public final class StudioRender {

    private StudioRender() {
    }

    /**
     * Renders a planned render and lists it in the library.
     *
     * @param library       the library that planned it
     * @param plan          the render
     * @param baseDirectory folder that file parameters of the scene's background resolve against (the scene file's)
     * @param lookup        the installed garment styles and backgrounds
     * @param progress      told per frame; cancels the render when asked
     * @return the finished render
     * @throws ProductionException   if the scene names something not installed or not allowed
     * @throws IOException           if an output cannot be written (nothing is left behind)
     * @throws CancellationException if cancelled (nothing is left behind)
     */
    public static RenderRecord render(RenderLibrary library, RenderLibrary.Plan plan, Path baseDirectory, ExtensionLookup lookup,
            Progress progress) throws ProductionException, IOException {
        Production production = Production.prepare(plan.scene(), baseDirectory, lookup);
        new RenderJob(production, options(plan.scene(), plan.video(), plan.guidance())).run(progress);
        try {
            return library.complete(plan);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(plan.video());
            deleteTree(plan.guidance());
            throw e;
        }
    }

    /**
     * Writes the guidance sequences of a finished render's scene (OpenPose keypoints and skeletons, depth, normals,
     * segmentation and alpha, see docs/guidance.md) into {@code <folder>/<render name>-guidance}.
     *
     * @param record   a finished render
     * @param folder   where the guidance folder goes
     * @param lookup   the installed garment styles and backgrounds
     * @param progress told per frame; cancels when asked
     * @return the guidance folder
     * @throws SceneException        if the render's scene file is no longer valid
     * @throws ProductionException   if its scene names something no longer installed
     * @throws IOException           if the folder exists with content or cannot be written (nothing is left behind)
     * @throws CancellationException if cancelled (nothing is left behind)
     */
    public static Path exportGuidance(RenderRecord record, Path folder, ExtensionLookup lookup, Progress progress)
            throws SceneException, ProductionException, IOException {
        Scene scene = SceneFiles.read(record.scene());
        Path target = folder.toAbsolutePath().normalize().resolve(record.name() + "-guidance");
        Production production = Production.prepare(scene, record.scene().toAbsolutePath().getParent(), lookup);
        new RenderJob(production, options(scene, null, target)).run(progress);
        return target;
    }

    private static RenderOptions options(Scene scene, Path video, Path guidance) {
        return new RenderOptions(video, null, guidance, Runtime.getRuntime().availableProcessors(),
                RenderOptions.settingsFor(scene.output().height()));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
