package ai.fvgs.sdk.garment;

import java.util.List;
import java.util.Map;

/**
 * A garment drafted for one body: its flat pattern pieces and its key finished dimensions.
 *
 * @param pieces     the pattern pieces, at least one
 * @param dimensions finished sizes in cm by name; names the workbench reads: {@code length} (from the
 *                   top edge down), {@code waistline}, {@code hipline}, {@code hemline}, {@code chest},
 *                   {@code sleeveLength}
 */
public record GarmentDraft(List<PatternPiece> pieces, Map<String, Double> dimensions) {

    /** @throws IllegalArgumentException if there are no pieces */
    public GarmentDraft {
        pieces = List.copyOf(pieces);
        dimensions = Map.copyOf(dimensions);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a garment draft needs at least one pattern piece");
        }
    }

    /** @return total fabric area of all pieces, counting each piece {@code count} times, in cm² */
    public double fabricArea() {
        return pieces.stream().mapToDouble(p -> p.area() * p.count()).sum();
    }
}
