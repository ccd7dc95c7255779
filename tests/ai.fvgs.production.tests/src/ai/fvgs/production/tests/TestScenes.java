package ai.fvgs.production.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import ai.fvgs.production.ExtensionLookup;
import ai.fvgs.production.Production;
import ai.fvgs.production.ProductionException;
import ai.fvgs.scene.Scene;
import ai.fvgs.scene.SceneException;
import ai.fvgs.scene.SceneFiles;
import ai.fvgs.sdk.background.Background;
import ai.fvgs.sdk.garment.GarmentStyle;

/** Example scenes, shrunk for tests, and the built-in extensions as DS registered them. */
final class TestScenes {

    private TestScenes() {
    }

    static Path examples() {
        return Path.of(System.getProperty("fvgs.examples", "../../examples")).toAbsolutePath().normalize();
    }

    /** @return the classic runway example at the given size and length */
    static Scene runway(int width, int height, int fps, double seconds) throws IOException, SceneException {
        Scene s = SceneFiles.read(examples().resolve("scenes/runway-classic.json"));
        return with(s, new Scene.Output(width, height, s.output().aspect(), fps, seconds));
    }

    static Scene with(Scene s, Scene.Output output) {
        return new Scene(s.avatar(), s.outfit(), s.background(), s.motion(), s.camera(), s.lights(), output);
    }

    static Scene with(Scene s, Scene.Camera camera) {
        return new Scene(s.avatar(), s.outfit(), s.background(), s.motion(), camera, s.lights(), s.output());
    }

    static Scene without(Scene s, List<Scene.Garment> outfit) {
        return new Scene(s.avatar(), outfit, s.background(), s.motion(), s.camera(), s.lights(), s.output());
    }

    static Production prepare(Scene s) throws Exception {
        return Production.prepare(s, examples().resolve("scenes"), lookup());
    }

    static ProductionException prepareFails(Scene s) throws Exception {
        try {
            Production.prepare(s, examples().resolve("scenes"), lookup());
        } catch (ProductionException e) {
            return e;
        }
        throw new AssertionError("the scene was accepted");
    }

    /** @return the garment styles and backgrounds registered as OSGi services (waits for DS to activate them) */
    static ExtensionLookup lookup() throws InterruptedException {
        BundleContext ctx = FrameworkUtil.getBundle(TestScenes.class).getBundleContext();
        List<GarmentStyle> styles = services(ctx, GarmentStyle.class);
        List<Background> backgrounds = services(ctx, Background.class);
        return ExtensionLookup.of(styles, backgrounds);
    }

    private static <T> List<T> services(BundleContext ctx, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(ctx, type, null);
        tracker.open();
        try {
            tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            List<T> out = new ArrayList<>();
            for (Object o : tracker.getServices()) {
                out.add(type.cast(o));
            }
            return out;
        } finally {
            tracker.close();
        }
    }
}
