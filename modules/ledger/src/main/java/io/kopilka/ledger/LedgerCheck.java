package io.kopilka.ledger;

/**
 * The result of verifying the whole ledger.
 *
 * @param ok                  whether every count is zero
 * @param transfersUnbalanced transfers whose entries do not sum to zero
 * @param negativeBalances    members with a negative balance of any kind
 * @param balanceMismatches   members whose balance rows differ from the sum of their entries, whose available
 *                            balance differs from their open lots, or whose pending differs from their sources
 */
public record LedgerCheck(boolean ok, long transfersUnbalanced, long negativeBalances, long balanceMismatches) {

    /** A check result from its counts. */
    public static LedgerCheck of(long transfersUnbalanced, long negativeBalances, long balanceMismatches) {
        return new LedgerCheck(transfersUnbalanced + negativeBalances + balanceMismatches == 0,
                transfersUnbalanced, negativeBalances, balanceMismatches);
    }
}
