package io.kopilka.bench.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the generator's statements on one auto-commit connection, so every statement (one chunk) is its own
 * transaction, and counts the rows they write. Also the SQL expressions the stages share.
 */
final class Sql {

    private final Connection connection;
    private long rows;

    Sql(Connection connection) {
        this.connection = connection;
    }

    /** Executes a statement and returns the rows it changed. */
    long run(String sql) {
        try (Statement statement = connection.createStatement()) {
            long changed = statement.executeLargeUpdate(sql);
            rows += Math.max(0, changed);
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n--- in ---\n" + sql, e);
        }
    }

    /** The first column of the first row as a number (0 when NULL). */
    long number(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n--- in ---\n" + sql, e);
        }
    }

    /** The first column of the first row as text, or null. */
    String text(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n--- in ---\n" + sql, e);
        }
    }

    /** Rows written so far; the runner reads the difference per stage. */
    long rowsWritten() {
        return rows;
    }

    /**
     * A deterministic pseudo-random number 0..2^32-1 for a row, from a salt and the row's number, so each column draws
     * its own value and a rerun at the same scale writes the same data. CRC32 alone is affine: two salts' values for
     * the same row differ by a fixed XOR, which made columns drawn with small moduli correlated (a surname came with
     * only some first names); multiplying by Knuth's constant and keeping the middle bits breaks that.
     */
    static String hash(String salt, String expression) {
        return "(CRC32(CONCAT('" + salt + ":', " + expression + ")) * 2654435761 % 281474976710656 DIV 65536)";
    }

    /** {@code hash(salt, expression) % modulus}. */
    static String pick(String salt, String expression, int modulus) {
        return "(" + hash(salt, expression) + " % " + modulus + ")";
    }

    /** One of the texts, chosen by an index 0..n-1 (SQL {@code ELT}). */
    static String elt(String index, String... texts) {
        StringBuilder sql = new StringBuilder("ELT(1 + ").append(index);
        for (String text : texts) {
            sql.append(", ").append(text == null ? "NULL" : "'" + text.replace("'", "''") + "'");
        }
        return sql.append(")").toString();
    }
}
