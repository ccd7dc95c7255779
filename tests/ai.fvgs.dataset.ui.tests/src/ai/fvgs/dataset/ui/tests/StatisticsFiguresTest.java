package ai.fvgs.dataset.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.Agreement;
import ai.fvgs.dataset.DatasetStats;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.LabelCount;
import ai.fvgs.dataset.LabellerStats;
import ai.fvgs.dataset.ui.internal.Chart;
import ai.fvgs.dataset.ui.internal.StatisticsFigures;

/** The chart models of the Statistics part, from figures as the dataset core reports them. */
class StatisticsFiguresTest {

    private static StatisticsFigures figures() {
        DatasetStats stats = new DatasetStats(7, Map.of(EntryStatus.NEW, 2L, EntryStatus.SUBMITTED, 3L, EntryStatus.ACCEPTED, 2L), Map.of(), Map.of(),
                Map.of(EntryStatus.NEW, 2L), List.of(new LabellerStats("lena", Map.of(EntryStatus.SUBMITTED, 2L, EntryStatus.ACCEPTED, 2L)),
                        new LabellerStats("mia", Map.of(EntryStatus.SUBMITTED, 1L))));
        List<LabelCount> labels = List.of(new LabelCount("box", Label.of("shoe"), null, 2, Map.of(EntryStatus.SUBMITTED, 1L)),
                new LabelCount("attribute", Label.of("colour"), "red", 9, Map.of(EntryStatus.ACCEPTED, 2L, EntryStatus.SUBMITTED, 3L)));
        Agreement.Kappa undefined = Agreement.Kappa.of("colour", List.of("red", "red"), List.of("red", "red"));
        Agreement.Kappa negative = Agreement.Kappa.of("skin-tone", List.of("a", "b"), List.of("b", "a"));
        Agreement agreement = new Agreement(2, List.of(new Agreement.Pair("lena", "mia", 2, Agreement.Kappa.of("(overall)", List.of("a", "b"), List.of("a", "b")),
                List.of(undefined, negative), List.of(new Agreement.Shapes("box", 3, 2, 2, OptionalDouble.of(0.75), 1),
                        new Agreement.Shapes("polygon", 1, 0, 0, OptionalDouble.empty(), 0)))));
        return new StatisticsFigures(stats, labels, agreement, Instant.EPOCH);
    }

    @Test
    void labelsAreShownMostUsedFirst() {
        Chart c = figures().labelChart();
        assertEquals(List.of("attribute colour = red", "box shoe"), c.bars().stream().map(Chart.Bar::label).toList());
        assertEquals("9 in 5 entries", c.bars().get(0).text());
        assertEquals(9, c.max());
    }

    @Test
    void progressIsStackedByStatusWithARowForUnassignedEntries() {
        Chart c = figures().progressChart();
        assertEquals(List.of("lena", "mia", "(unassigned)"), c.bars().stream().map(Chart.Bar::label).toList());
        assertEquals(List.of(0.0, 0.0, 2.0, 2.0, 0.0), c.bars().get(0).values());
        assertEquals(List.of(2.0, 0.0, 0.0, 0.0, 0.0), c.bars().get(2).values());
        assertEquals(5, c.series().size());
        assertTrue(c.title().contains("7 entries: 2 accepted, 3 to review"), c.title());
    }

    @Test
    void undefinedKappaIsShownAsSuchNotAsZero() {
        Chart c = figures().agreementChart();
        assertEquals(-1, c.min());
        assertEquals(List.of("lena / mia: kappa, all attributes", "lena / mia: kappa, colour", "lena / mia: kappa, skin-tone", "lena / mia: box IoU",
                "lena / mia: polygon IoU"), c.bars().stream().map(Chart.Bar::label).toList());
        assertEquals(List.of(1.0), c.bars().get(0).values());
        assertTrue(c.bars().get(1).undefined());
        assertEquals("undefined: chance agreement is 1 (2 items)", c.bars().get(1).text());
        assertEquals(List.of(-1.0), c.bars().get(2).values());
        assertEquals("mean IoU 0.75, 2 matched of 3 + 2 shapes", c.bars().get(3).text());
        assertTrue(c.bars().get(4).undefined());
    }

    @Test
    void aChartWithoutZeroOnItsAxisIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Chart("t", List.of("a"), List.of(1), List.of(), 1, 2, ""));
        assertTrue(e.getMessage().contains("the axis must include 0"), e.getMessage());
    }
}
