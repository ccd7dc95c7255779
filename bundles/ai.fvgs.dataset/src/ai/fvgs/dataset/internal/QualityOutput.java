package ai.fvgs.dataset.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ai.fvgs.dataset.Agreement;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.LabelCount;
import ai.fvgs.dataset.Throughput;
import ai.fvgs.dataset.internal.DatasetStatsCommand.QualityReport;

/** The quality sections of {@code fvgs dataset stats --quality}, as text and as JSON. */
final class QualityOutput {

    private QualityOutput() {
    }

    static void print(QualityReport q, PrintStream out) {
        Agreement ag = q.agreement();
        out.printf(Locale.ROOT, "agreement  %d entries annotated by two or more labellers%n", ag.entries());
        for (Agreement.Pair p : ag.pairs()) {
            out.printf(Locale.ROOT, "  %s / %s  %d entries%n", p.labellerA(), p.labellerB(), p.entries());
            if (p.overall().items() > 0) {
                out.printf(Locale.ROOT, "    %-24s %7s %9s %9s  %s%n", "attribute", "items", "observed", "expected", "kappa");
                kappa(out, p.overall());
                p.attributes().forEach(k -> kappa(out, k));
            }
            if (!p.shapes().isEmpty()) {
                out.printf(Locale.ROOT, "    %-8s %7s %7s %8s %9s %9s %12s %12s%n", "shapes", "A", "B", "matched", "mean IoU", "IoU>=0.5", "unmatched A",
                        "unmatched B");
                for (Agreement.Shapes s : p.shapes()) {
                    out.printf(Locale.ROOT, "    %-8s %7d %7d %8d %9s %9d %12d %12d%n", s.kind(), s.shapesA(), s.shapesB(), s.matched(),
                            number(s.meanIou(), "%.3f"), s.matchedAtHalf(), s.unmatchedA(), s.unmatchedB());
                }
            }
        }
        out.println("throughput");
        out.printf(Locale.ROOT, "  %-14s %9s %9s %9s %11s %8s %15s%n", "labeller", "submitted", "accepted", "rejected", "acceptance", "active h",
                "median min");
        for (Throughput t : q.throughput()) {
            out.printf(Locale.ROOT, "  %-14s %9d %9d %9d %11s %8d %15s%n", t.labeller(), t.submitted(), t.accepted(), t.rejected(),
                    t.acceptanceRate().isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * t.acceptanceRate().getAsDouble()) : "-",
                    t.activeHours(), number(t.medianMinutesPerEntry(), "%.1f"));
            for (Throughput.Day d : t.days()) {
                out.printf(Locale.ROOT, "    %-12s %9d %9d %9d%n", d.day(), d.submitted(), d.accepted(), d.rejected());
            }
        }
        out.println("labels");
        out.printf(Locale.ROOT, "  %-10s %-24s %-16s %11s %8s", "kind", "label", "value", "annotations", "entries");
        for (EntryStatus st : EntryStatus.values()) {
            out.printf(Locale.ROOT, " %11s", st.label());
        }
        out.println();
        for (LabelCount l : q.labels()) {
            out.printf(Locale.ROOT, "  %-10s %-24s %-16s %11d %8d", l.kind(), name(l.label()), l.value() == null ? "" : l.value(), l.annotations(),
                    l.entries());
            l.entriesByStatus().values().forEach(v -> out.printf(Locale.ROOT, " %11d", v));
            out.println();
        }
    }

    private static void kappa(PrintStream out, Agreement.Kappa k) {
        out.printf(Locale.ROOT, "    %-24s %7d %9.3f %9.3f  %s%n", k.attribute(), k.items(), k.observed(), k.expected(),
                k.kappa().isPresent() ? String.format(Locale.ROOT, "%.3f", k.kappa().getAsDouble()) : "undefined (chance agreement is 1)");
    }

    private static String number(OptionalDouble v, String format) {
        return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "-";
    }

    private static String name(Label l) {
        if (l.taxonomy() == null) {
            return l.name();
        }
        return l.taxonomy() + (l.taxonomyVersion() == null ? "" : "@" + l.taxonomyVersion()) + ":" + l.name();
    }

    static void json(QualityReport q, ObjectNode root) {
        ObjectNode ag = root.putObject("agreement");
        ag.put("entries", q.agreement().entries());
        ArrayNode pairs = ag.putArray("pairs");
        for (Agreement.Pair p : q.agreement().pairs()) {
            ObjectNode o = pairs.addObject().put("labellerA", p.labellerA()).put("labellerB", p.labellerB()).put("entries", p.entries());
            kappa(o.putObject("overall"), p.overall());
            ArrayNode attributes = o.putArray("attributes");
            p.attributes().forEach(k -> kappa(attributes.addObject(), k));
            ArrayNode shapes = o.putArray("shapes");
            for (Agreement.Shapes s : p.shapes()) {
                ObjectNode x = shapes.addObject().put("kind", s.kind()).put("shapesA", s.shapesA()).put("shapesB", s.shapesB())
                        .put("matched", s.matched());
                number(x, "meanIou", s.meanIou());
                x.put("matchedAtHalf", s.matchedAtHalf()).put("shareMatchedAtHalf", s.shareMatchedAtHalf()).put("unmatchedA", s.unmatchedA())
                        .put("unmatchedB", s.unmatchedB());
            }
        }
        ArrayNode throughput = root.putArray("throughput");
        for (Throughput t : q.throughput()) {
            ObjectNode o = throughput.addObject().put("labeller", t.labeller()).put("submitted", t.submitted()).put("accepted", t.accepted())
                    .put("rejected", t.rejected());
            number(o, "acceptanceRate", t.acceptanceRate());
            o.put("activeHours", t.activeHours());
            number(o, "medianMinutesPerEntry", t.medianMinutesPerEntry());
            ArrayNode days = o.putArray("days");
            for (Throughput.Day d : t.days()) {
                days.addObject().put("day", d.day().toString()).put("submitted", d.submitted()).put("accepted", d.accepted()).put("rejected", d.rejected());
            }
        }
        ArrayNode labels = root.putArray("labels");
        for (LabelCount l : q.labels()) {
            ObjectNode o = labels.addObject().put("kind", l.kind()).put("taxonomy", l.label().taxonomy())
                    .put("taxonomyVersion", l.label().taxonomyVersion()).put("label", l.label().name()).put("value", l.value())
                    .put("annotations", l.annotations()).put("entries", l.entries());
            ObjectNode st = o.putObject("entriesByStatus");
            l.entriesByStatus().forEach((k, v) -> st.put(k.label(), v));
        }
    }

    private static void kappa(ObjectNode o, Agreement.Kappa k) {
        o.put("attribute", k.attribute()).put("items", k.items()).put("observed", k.observed()).put("expected", k.expected());
        number(o, "kappa", k.kappa());
        if (k.kappa().isEmpty() && k.items() > 0) {
            o.put("kappaUndefined", "chance agreement is 1");
        }
    }

    private static void number(ObjectNode o, String field, OptionalDouble v) {
        if (v.isPresent()) {
            o.put(field, v.getAsDouble());
        } else {
            o.putNull(field);
        }
    }
}
