package io.kopilka.orders;

/**
 * One of {@code count} disjoint shares of the settlement items, by points account: the items of accounts whose id
 * modulo {@code count} is {@code index}. Chunks of different partitions never touch the same account, so they run side
 * by side without waiting for each other's locks.
 *
 * @param index which share, from 0
 * @param count how many shares the items are split into
 */
public record SettlementPartition(int index, int count) {

    /** Every item: one share. */
    public static final SettlementPartition ALL = new SettlementPartition(0, 1);

    public SettlementPartition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("No partition " + index + " of " + count);
        }
    }
}
