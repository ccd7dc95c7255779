package ai.fvgs.sdk.garment;

import java.util.List;

/**
 * A garment's 3D form relative to the body, made of {@link FormPiece}s: fitted tubes that follow the skin
 * and loose drapes that become cloth. The engine fits it to each wearer and layer. For example a T-shirt:
 *
 * <pre>{@code
 * new GarmentForm(List.of(
 *     FittedTorso.bodice(Neckline.CREW, Level.below(BodyLevel.SHOULDER, 66), 8),
 *     new Sleeves(20, 4, 4)));
 * }</pre>
 *
 * @param pieces the pieces, at least one; at most one {@link FittedTorso}, {@link Sleeves} and
 *               {@link Legs} each, any number of drapes
 * @since 1.1
 */
public record GarmentForm(List<FormPiece> pieces) {

    /** @throws IllegalArgumentException if there are no pieces or a fitted kind appears twice */
    public GarmentForm {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a garment form needs at least one piece");
        }
        for (Class<?> kind : List.of(FittedTorso.class, Sleeves.class, Legs.class)) {
            if (pieces.stream().filter(kind::isInstance).count() > 1) {
                throw new IllegalArgumentException("a garment form may have only one " + kind.getSimpleName() + " piece");
            }
        }
    }

    /**
     * @param pieces the pieces
     * @return the form
     */
    public static GarmentForm of(FormPiece... pieces) {
        return new GarmentForm(List.of(pieces));
    }
}
