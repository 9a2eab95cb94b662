package org.ctios.server.infrastructure.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The CTI link lease's row in the shared database ({@code cti_link_lease}, migration V11), read and changed by single
 * statements that each commit on their own: compare-and-set on the token and the renewal count, so that two servers
 * can never both take or keep it, whatever their data grid believes. Plain JDBC, called from the election's own
 * threads, never inside a caller's transaction.
 */
class LeaseTable {

    static final String KEY = "cti-link";

    /**
     * The row as read.
     *
     * @param member    the data grid member of the holder, or null when nobody holds the lease
     * @param holderUrl where the holder takes forwarded control requests, or null when nobody holds the lease
     */
    record Row(long token, long renewals, String member, String holderUrl) {

        /** Nobody holds the lease: a holder gave it back after closing its link, or none ever took it. */
        boolean vacant() {
            return member == null;
        }

        /** The same holding, renewed no further than when {@code other} was read. */
        boolean sameAs(Row other) {
            return other != null && token == other.token && renewals == other.renewals;
        }
    }

    private final DataSource dataSource;

    LeaseTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Row read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT token, renewals, member, holder_url FROM cti_link_lease WHERE lease_key = ?")) {
            select.setString(1, KEY);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the database has no CTI link lease row (migration V11 not applied?)");
                }
                return new Row(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4));
            }
        }
    }

    /** Takes the lease with the next token if the row is still as {@code seen}; false when another changed it. */
    boolean take(Row seen, String member, String holderUrl) throws SQLException {
        return update("UPDATE cti_link_lease SET token = token + 1, renewals = 0, member = ?, holder_url = ? "
                + "WHERE lease_key = ? AND token = ? AND renewals = ?", member, holderUrl, KEY, seen.token(),
                seen.renewals());
    }

    /** Counts one more renewal of this holding; false when another server took the lease since. */
    boolean renew(long token, String member) throws SQLException {
        return update("UPDATE cti_link_lease SET renewals = renewals + 1 WHERE lease_key = ? AND token = ? "
                + "AND member = ?", KEY, token, member);
    }

    /** Gives the lease back, if this holding still has it, so that another server may take it at once. */
    boolean release(long token, String member) throws SQLException {
        return update("UPDATE cti_link_lease SET member = NULL, holder_url = NULL WHERE lease_key = ? AND token = ? "
                + "AND member = ?", KEY, token, member);
    }

    private boolean update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                return update.executeUpdate() == 1;
            }
        }
    }
}
