package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import ai.fvgs.dataset.Consent;
import ai.fvgs.dataset.Provenance;

/** SQL for {@code provenance}. */
final class ProvenanceRows {

    private ProvenanceRows() {
    }

    static void insert(Connection c, long entryId, Provenance p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO provenance (entry_id, source, licence, rights_holder, consent, creator, "
                + "import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, entryId);
            s.setString(2, p.source());
            s.setString(3, p.licence());
            s.setString(4, p.rightsHolder());
            s.setString(5, p.consent().label());
            s.setString(6, p.creator());
            if (p.importBatchId() == null) {
                s.setNull(7, Types.BIGINT);
            } else {
                s.setLong(7, p.importBatchId());
            }
            s.executeUpdate();
        }
    }

    static Provenance load(Connection c, long entryId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT source, licence, rights_holder, consent, creator, import_batch_id FROM provenance "
                + "WHERE entry_id = ?")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Provenance.UNKNOWN;
                }
                return new Provenance(r.getString(1), r.getString(2), r.getString(3), Consent.parse(r.getString(4)), r.getString(5),
                        r.getObject(6, Long.class));
            }
        }
    }
}
