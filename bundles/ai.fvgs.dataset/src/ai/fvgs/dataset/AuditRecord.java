package ai.fvgs.dataset;

import java.time.Instant;

/**
 * One attributed change from the audit log.
 *
 * @param id          position in the log (increasing)
 * @param at          when the change was committed
 * @param actor       who made it: a user name, or the operating-system user for command-line changes
 * @param action      what was done, e.g. {@code create}, {@code update}, {@code add}, {@code set-role}
 * @param subjectType what was changed: {@code entry} or {@code user}
 * @param subjectId   the id of the changed entry or user
 * @param before      the subject's state before as JSON, or {@code null} for a creation
 * @param after       the subject's state after as JSON
 */
public record AuditRecord(long id, Instant at, String actor, String action, String subjectType, long subjectId, String before, String after) {
}
