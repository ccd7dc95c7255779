package ai.fvgs.dataset.internal;

import java.sql.SQLException;

/** Turns a failure to connect into a message that says what to do. */
final class ConnectFailure {

    private ConnectFailure() {
    }

    static String explain(Database.Kind kind, String url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String prefix = "cannot open the database at " + url + ": ";
        if (kind == Database.Kind.POSTGRESQL) {
            if (state.startsWith("08")) {
                return prefix + "the server cannot be reached (" + e.getMessage() + "); check that PostgreSQL is running and the host and port are right";
            }
            if (state.equals("3D000")) {
                return prefix + e.getMessage() + "; create the database first (createdb) or name an existing one";
            }
            if (state.startsWith("28")) {
                return prefix + "the server refused the login (" + e.getMessage() + "); give user= and password= in the URL";
            }
            return prefix + e.getMessage();
        }
        return switch (e.getErrorCode()) {
            case 90020 -> prefix + "the database file is in use by another process; close the other workbench or command, or use a "
                    + "PostgreSQL database to share data";
            case 90030, 90048 -> prefix + "the database file is damaged or not an H2 2.x database (" + e.getMessage() + ")";
            default -> prefix + e.getMessage();
        };
    }
}
