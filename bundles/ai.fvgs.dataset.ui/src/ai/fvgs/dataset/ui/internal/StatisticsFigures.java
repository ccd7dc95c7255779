package ai.fvgs.dataset.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.fvgs.dataset.Agreement;
import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.DatasetStats;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.LabelCount;
import ai.fvgs.dataset.LabellerStats;

/**
 * The figures behind the Statistics part's charts, read together (off the display thread) from
 * {@link ai.fvgs.dataset.DatasetSearch#stats()} and {@link ai.fvgs.dataset.DatasetQuality}, and the three charts
 * made from them: label distribution, progress per labeller by status, and agreement per labeller pair.
 *
 * @param stats     counts over the whole dataset, per status and per assignee
 * @param labels    every label in use with its number of annotations
 * @param agreement kappa and shape overlap per labeller pair
 * @param readAt    when the figures were read
 */
public record StatisticsFigures(DatasetStats stats, List<LabelCount> labels, Agreement agreement, Instant readAt) {

    /** The label chart shows at most this many labels, the most used first. */
    public static final int MAX_LABELS = 30;

    /** Colours of the entry statuses, in {@link EntryStatus} order. */
    static final List<Integer> STATUS_COLOURS = List.of(0x9e9e9e, 0x1e88e5, 0xfb8c00, 0x43a047, 0xe53935);

    /** Copies the list. */
    public StatisticsFigures {
        labels = List.copyOf(labels);
    }

    /**
     * @param store the store
     * @return the figures now
     * @throws DatasetException on a database error
     */
    public static StatisticsFigures read(DatasetStore store) throws DatasetException {
        return new StatisticsFigures(store.search().stats(), store.quality().labels(), store.quality().agreement(), Instant.now());
    }

    /** @return annotations per label (attribute values, tags, region labels), the most used first */
    public Chart labelChart() {
        List<Chart.Bar> bars = labels.stream().sorted(Comparator.comparingLong(LabelCount::annotations).reversed()).limit(MAX_LABELS)
                .map(l -> new Chart.Bar(l.kind() + " " + l.label().name() + (l.value() == null ? "" : " = " + l.value()),
                        List.of((double) l.annotations()), l.annotations() + " in " + l.entries() + " entr" + (l.entries() == 1 ? "y" : "ies")))
                .toList();
        double max = Math.max(1, bars.stream().mapToDouble(Chart.Bar::total).max().orElse(1));
        String title = "Label distribution (annotations per label" + (labels.size() > MAX_LABELS ? ", the " + MAX_LABELS + " most used of "
                + labels.size() : "") + ")";
        return new Chart(title, List.of("annotations"), List.of(0x3949ab), bars, 0, max, "No annotations yet");
    }

    /** @return entries per assignee, stacked by status; unassigned entries in a row of their own */
    public Chart progressChart() {
        List<Chart.Bar> bars = new ArrayList<>();
        for (LabellerStats l : stats.byLabeller()) {
            bars.add(progressBar(l.labeller(), l.byStatus()));
        }
        if (stats.unassignedByStatus().values().stream().mapToLong(Long::longValue).sum() > 0) {
            bars.add(progressBar("(unassigned)", stats.unassignedByStatus()));
        }
        double max = Math.max(1, bars.stream().mapToDouble(Chart.Bar::total).max().orElse(1));
        List<String> series = java.util.Arrays.stream(EntryStatus.values()).map(EntryStatus::label).toList();
        return new Chart("Progress per labeller (" + stats.entries() + " entries: " + stats.byStatus().get(EntryStatus.ACCEPTED) + " accepted, "
                + stats.byStatus().get(EntryStatus.SUBMITTED) + " to review)", series, STATUS_COLOURS, bars, 0, max, "No entries yet");
    }

    private static Chart.Bar progressBar(String name, Map<EntryStatus, Long> byStatus) {
        List<Double> values = new ArrayList<>();
        long total = 0;
        for (EntryStatus s : EntryStatus.values()) {
            values.add((double) byStatus.get(s));
            total += byStatus.get(s);
        }
        return new Chart.Bar(name, values, total + " entries, " + byStatus.get(EntryStatus.SUBMITTED) + " submitted, "
                + byStatus.get(EntryStatus.ACCEPTED) + " accepted, " + byStatus.get(EntryStatus.REJECTED) + " rejected");
    }

    /**
     * @return per labeller pair: Cohen's kappa over all attributes and per attribute (-1 to 1; "undefined" where
     *         chance agreement is 1), and the mean IoU of matched shapes per kind (0 to 1)
     */
    public Chart agreementChart() {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Agreement.Pair p : agreement.pairs()) {
            String pair = p.labellerA() + " / " + p.labellerB();
            bars.add(kappa(pair + ": kappa, all attributes", p.overall(), p.entries()));
            for (Agreement.Kappa k : p.attributes()) {
                bars.add(kappa(pair + ": kappa, " + k.attribute(), k, -1));
            }
            for (Agreement.Shapes s : p.shapes()) {
                String text = s.meanIou().isPresent() ? String.format(Locale.ROOT, "mean IoU %.2f, %d matched of %d + %d shapes", s.meanIou().getAsDouble(),
                        s.matched(), s.shapesA(), s.shapesB()) : "undefined (nothing matched, " + s.shapesA() + " + " + s.shapesB() + " shapes)";
                bars.add(new Chart.Bar(pair + ": " + s.kind() + " IoU", s.meanIou().isPresent() ? List.of(s.meanIou().getAsDouble()) : List.of(), text));
            }
        }
        return new Chart("Agreement per labeller pair (" + agreement.entries() + (agreement.entries() == 1 ? " entry" : " entries")
                + " annotated by two or more labellers)", List.of("agreement"),
                List.of(0x00897b), bars, -1, 1, "No entry annotated by two labellers yet");
    }

    private static Chart.Bar kappa(String label, Agreement.Kappa k, long entries) {
        String on = entries >= 0 ? " (" + entries + " entr" + (entries == 1 ? "y" : "ies") + ")" : " (" + k.items() + " item" + (k.items() == 1 ? "" : "s") + ")";
        if (k.kappa().isEmpty()) {
            return new Chart.Bar(label, List.of(), (k.items() == 0 ? "undefined: no attributes" : "undefined: chance agreement is 1") + on);
        }
        double v = k.kappa().getAsDouble();
        return new Chart.Bar(label, List.of(v), String.format(Locale.ROOT, "kappa %.2f", v) + on);
    }
}
