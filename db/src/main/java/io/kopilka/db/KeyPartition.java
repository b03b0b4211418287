package io.kopilka.db;

import static org.jooq.impl.DSL.noCondition;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * One of {@code count} disjoint shares of rows by a numeric key (a points account, i.e. a ledger member): the rows
 * whose key modulo {@code count} is {@code index}. Work of different partitions never touches the same member, so the
 * partitions of a batch step run side by side without waiting for each other's locks (docs/batch-partitioning.md).
 *
 * @param index which share, from 0
 * @param count how many shares the rows are split into
 */
public record KeyPartition(int index, int count) {

    /** Every row: one share. */
    public static final KeyPartition ALL = new KeyPartition(0, 1);

    public KeyPartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("No partition " + index + " of " + count);
        }
    }

    /** The condition that the row's {@code key} falls into this share (none when there is one share). */
    public Condition holds(Field<Long> key) {
        return count == 1 ? noCondition() : key.mod(count).eq((long) index);
    }

    /** Whether the key falls into this share. */
    public boolean holds(long key) {
        return Math.floorMod(key, count) == index;
    }
}
