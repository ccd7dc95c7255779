package ai.fvgs.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import ai.fvgs.avatar.BodyShape;
import ai.fvgs.avatar.HairStyle;
import ai.fvgs.avatar.SizeClass;
import ai.fvgs.avatar.SkinTone;
import ai.fvgs.scene.Scene;
import ai.fvgs.sdk.RgbaImage;

/**
 * Look variants: the same scene (outfit, lights, everything else) worn by models that differ in skin tone,
 * size class and hair style, one variant for each combination, with small preview thumbnails rendered in the
 * background.
 */
public final class LookVariants {

    /** The most variants one grid may have. */
    public static final int MAX_VARIANTS = 60;

    private LookVariants() {
    }

    /**
     * One combination.
     *
     * @param skin  the skin tone
     * @param size  the size class
     * @param hair  the hair style
     * @param scene the scene with the model changed accordingly
     */
    public record Variant(SkinTone skin, SizeClass size, HairStyle hair, Scene scene) {

        /** @return a short caption, e.g. {@code Monk 3 · L · bob} */
        public String label() {
            String tone = skin.monkStep().isPresent() ? "Monk " + skin.monkStep().getAsInt() : String.format(Locale.ROOT, "#%06X", skin.rgb());
            return tone + " · " + size.label() + " · " + hair.id();
        }
    }

    /**
     * A rendered variant, or why it could not be rendered.
     *
     * @param index   the variant's position in the list given to {@link #render}
     * @param variant the variant
     * @param image   its thumbnail, or null if it failed
     * @param error   why it failed (e.g. a garment that does not fit this body), or null
     */
    public record Thumbnail(int index, Variant variant, RgbaImage image, RuntimeException error) {
    }

    /**
     * Makes the variants, skin tones outermost, then sizes, then hair styles.
     *
     * @param base  the scene whose outfit and settings every variant keeps
     * @param skins skin tones, at least one
     * @param sizes size classes, at least one; a variant's measurements are the size chart's for the model's
     *              template, the size class and {@code shape}
     * @param shape the body shape of the size chart presets
     * @param hairs hair styles, at least one; the hair colour is kept
     * @return the variants, in that order, each named after the base model and its combination
     * @throws IllegalArgumentException if a list is empty or there would be more than {@value #MAX_VARIANTS}
     */
    public static List<Variant> of(Scene base, List<SkinTone> skins, List<SizeClass> sizes, BodyShape shape, List<HairStyle> hairs) {
        if (skins.isEmpty() || sizes.isEmpty() || hairs.isEmpty()) {
            throw new IllegalArgumentException("look variants need at least one skin tone, one size and one hair style; chosen: "
                    + skins.size() + " skin tones, " + sizes.size() + " sizes, " + hairs.size() + " hair styles");
        }
        long count = (long) skins.size() * sizes.size() * hairs.size();
        if (count > MAX_VARIANTS) {
            throw new IllegalArgumentException(skins.size() + " skin tones x " + sizes.size() + " sizes x " + hairs.size() + " hair styles = "
                    + count + " variants; allowed: at most " + MAX_VARIANTS);
        }
        List<Variant> variants = new ArrayList<>();
        for (SkinTone skin : skins) {
            for (SizeClass size : sizes) {
                for (HairStyle hair : hairs) {
                    Scene s = base;
                    s = SceneEdits.skin(skin).apply(s);
                    s = SceneEdits.preset(size, shape).apply(s);
                    s = SceneEdits.hairStyle(hair).apply(s);
                    Variant v = new Variant(skin, size, hair, null);
                    s = SceneEdits.name(base.avatar().name() + " (" + v.label() + ")").apply(s);
                    variants.add(new Variant(skin, size, hair, s));
                }
            }
        }
        return List.copyOf(variants);
    }

    /**
     * Renders a thumbnail of each variant in turn on the calling thread (run it in a Job), through the renderer's
     * synchronous {@link PreviewRenderer#render} so its body and outfit caches are shared. A variant that fails
     * gives a thumbnail with its error; the others still render.
     *
     * @param variants the variants
     * @param renderer renders them
     * @param view     where from
     * @param width    thumbnail width, 16 to 2048
     * @param height   thumbnail height, 16 to 2048
     * @param monitor  progress and cancellation, checked before each variant; may be null
     * @param sink     receives each thumbnail as soon as it is done, on the calling thread
     * @return the number of variants rendered (fewer than given if cancelled)
     */
    public static int render(List<Variant> variants, PreviewRenderer renderer, PreviewRenderer.View view, int width, int height,
            IProgressMonitor monitor, Consumer<Thumbnail> sink) {
        SubMonitor sub = SubMonitor.convert(monitor, "Rendering " + variants.size() + " look variants", variants.size());
        int done = 0;
        for (int i = 0; i < variants.size(); i++) {
            if (sub.isCanceled()) {
                break;
            }
            Variant v = variants.get(i);
            sub.subTask(v.label());
            Thumbnail t;
            try {
                t = new Thumbnail(i, v, renderer.render(v.scene(), view, width, height).image(), null);
            } catch (RuntimeException e) {
                t = new Thumbnail(i, v, null, e);
            }
            sink.accept(t);
            done++;
            sub.worked(1);
        }
        return done;
    }
}
