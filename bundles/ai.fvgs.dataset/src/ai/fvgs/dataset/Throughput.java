package ai.fvgs.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one labeller got done in a time range, from the audit log. See {@link DatasetQuality#throughput}.
 *
 * @param labeller              the user name
 * @param submitted             entries the labeller submitted for review
 * @param accepted              reviews that accepted one of the labeller's entries
 * @param rejected              reviews that rejected one
 * @param activeHours           clock hours (UTC) in which the labeller saved annotations or moved entries
 * @param medianMinutesPerEntry the median time from taking an entry (or reopening it) to submitting it, for
 *                              the submissions in the range; empty when there are none
 * @param days                  counts per day (UTC) with anything to count, oldest first
 */
public record Throughput(String labeller, long submitted, long accepted, long rejected, long activeHours, OptionalDouble medianMinutesPerEntry,
        List<Day> days) {

    /** Checks the fields and copies the list. */
    public Throughput {
        Objects.requireNonNull(labeller, "labeller");
        Objects.requireNonNull(medianMinutesPerEntry, "medianMinutesPerEntry");
        days = List.copyOf(days);
    }

    /** @return accepted / (accepted + rejected), or empty when none of the labeller's entries was reviewed */
    public OptionalDouble acceptanceRate() {
        long reviewed = accepted + rejected;
        return reviewed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) accepted / reviewed);
    }

    /**
     * One day of a labeller's work.
     *
     * @param day       the day, in UTC
     * @param submitted entries submitted
     * @param accepted  of the labeller's entries accepted
     * @param rejected  of the labeller's entries rejected
     */
    public record Day(LocalDate day, long submitted, long accepted, long rejected) {
    }
}
