package ai.fvgs.dataset.internal;

import java.sql.Connection;
import java.sql.SQLException;

import ai.fvgs.dataset.DatasetException;

/**
 * Work done in one transaction.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * @param connection in a transaction; do not commit or close it
     * @return the result
     * @throws SQLException     on a database error; the transaction is rolled back
     * @throws DatasetException on a rule violation; the transaction is rolled back
     */
    T run(Connection connection) throws SQLException, DatasetException;
}
