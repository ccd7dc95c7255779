package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ai.fvgs.dataset.AuditRecord;

/** Writes and reads the audit log; callers pass the subject's state as ordered maps, written as JSON. */
public final class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditLog() {
    }

    /**
     * Appends one record in the caller's transaction.
     *
     * @param c           the connection of the transaction that makes the change
     * @param at          when
     * @param actor       who
     * @param action      what, e.g. {@code update}
     * @param subjectType {@code entry} or {@code user}
     * @param subjectId   the id
     * @param before      the state before (insertion-ordered), or {@code null}
     * @param after       the state after (insertion-ordered)
     * @throws SQLException on a database error
     */
    public static void write(Connection c, Instant at, String actor, String action, String subjectType, long subjectId,
            Map<String, Object> before, Map<String, Object> after) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (changed_at, actor, action, subject_type, subject_id, "
                + "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, utc(at));
            s.setString(2, actor);
            s.setString(3, action);
            s.setString(4, subjectType);
            s.setLong(5, subjectId);
            s.setString(6, json(before));
            s.setString(7, json(after));
            s.executeUpdate();
        }
    }

    /**
     * @param c           a connection
     * @param subjectType {@code entry} or {@code user}
     * @param subjectId   the id
     * @return the subject's records, oldest first
     * @throws SQLException on a database error
     */
    public static List<AuditRecord> read(Connection c, String subjectType, long subjectId) throws SQLException {
        List<AuditRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, changed_at, actor, action, subject_type, subject_id, before_json, after_json "
                + "FROM audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY id")) {
            s.setString(1, subjectType);
            s.setLong(2, subjectId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new AuditRecord(r.getLong(1), instant(r, 2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6),
                            r.getString(7), r.getString(8)));
                }
            }
        }
        return out;
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String json(Map<String, Object> state) {
        if (state == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
