package io.kopilka.web.backoffice.customers;

import io.kopilka.audit.AuditLog;
import io.kopilka.audit.StaffChange;
import io.kopilka.customers.Customer;
import io.kopilka.customers.CustomerId;
import io.kopilka.customers.CustomerMerge;
import io.kopilka.customers.Customers;
import io.kopilka.customers.MergeRefusedException;
import io.kopilka.db.DatabaseFailures;
import io.kopilka.identity.Accounts;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.IdempotencyConflictException;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.MemberMove;
import io.kopilka.ledger.MemberMoveRefusedException;
import io.kopilka.ledger.MemberMoved;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.orders.CustomerOrdersMoved;
import io.kopilka.orders.Orders;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges a duplicate registration into the person kept (ADR 0013): the duplicate's orders, points and sign-in, and the
 * customers module's mark, in one transaction with its audit record. The modules are called in the order their locks
 * are taken when an order is placed (order lock, ledger member, customer row), so a merge and a purchase of either
 * person queue up rather than deadlock; a deadlock that happens anyway is retried.
 */
@Component
class CustomerMerges {

    /** Orders counted on the confirmation step; more shows as "500+". */
    static final int ORDERS_COUNTED = 500;

    private static final int ATTEMPTS = 3;

    private final Customers customers;
    private final Ledger ledger;
    private final Orders orders;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    CustomerMerges(Customers customers, Ledger ledger, Orders orders, Accounts accounts, AuditLog audit,
                   PlatformTransactionManager transactions) {
        this.customers = customers;
        this.ledger = ledger;
        this.orders = orders;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        // the ledger's member lock relies on READ COMMITTED; joining our transaction would otherwise inherit the default
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** One of the two people as the confirmation step shows them. */
    record Side(Customer customer, String name, Balances balances, int orders) {

        /** The order count as shown: capped at {@link #ORDERS_COUNTED}. */
        public String ordersShown() {
            return orders >= ORDERS_COUNTED ? ORDERS_COUNTED + "+" : String.valueOf(orders);
        }
    }

    /** Both people before the merge. */
    record Preview(Side duplicate, Side kept) {

        /** The duplicate, then the person kept: the order the confirmation step shows them in. */
        public java.util.List<Side> sides() {
            return java.util.List.of(duplicate, kept);
        }
    }

    /** What a merge did. */
    record Merged(Customer duplicate, MemberMoved points, CustomerOrdersMoved orders, CustomerMerge merge) {
    }

    /** The merge is refused for the reason the message code says; nothing changed. */
    static final class Refused extends RuntimeException {

        private final String code;

        Refused(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /** The duplicate registered with this phone or card, next to the person kept; changes nothing. */
    Preview preview(Customer kept, String query) {
        if (query.isBlank()) {
            throw new Refused("merge.query.required");
        }
        Customer duplicate = customers.findRegistered(query).orElseThrow(() -> new Refused("merge.query.unknown"));
        check(kept, duplicate);
        return new Preview(side(duplicate), side(kept));
    }

    private Side side(Customer customer) {
        long id = customer.customerId().value();
        return new Side(customer, CustomerPageModel.displayName(customer),
                ledger.balances(id, LocalDateTime.now(ZoneOffset.UTC)),
                orders.ordersOfCustomer(id, ORDERS_COUNTED).size());
    }

    /** The refusals known before anything is locked; the modules check again under their locks. */
    private void check(Customer kept, Customer duplicate) {
        if (kept.customerId().equals(duplicate.customerId())) {
            throw new Refused("customer.merge.self");
        }
        if (customers.mergedInto(duplicate.customerId()).isPresent()) {
            throw new Refused("customer.merge.alreadyMerged");
        }
        if (customers.mergedInto(kept.customerId()).isPresent()) {
            throw new Refused("customer.merge.keptMerged");
        }
        if (duplicate.company() != null) {
            if (kept.company() == null || !kept.company().companyId().equals(duplicate.company().companyId())) {
                throw new Refused("customer.merge.otherCompany");
            }
            if (duplicate.company().admin()) {
                throw new Refused("customer.merge.companyAdmin");
            }
        }
        if (ledger.balances(duplicate.customerId().value(), LocalDateTime.now(ZoneOffset.UTC)).reserved() > 0) {
            throw new Refused("merge.query.payouts");
        }
    }

    /**
     * Merges the duplicate into the person kept and records it in the audit log as done by {@code actor}.
     *
     * @throws Refused when the two cannot be merged; nothing changed
     */
    Merged merge(CustomerId keptId, CustomerId duplicateId, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> mergeNow(keptId, duplicateId, actor));
            } catch (MergeRefusedException e) {
                throw new Refused(e.code());
            } catch (MemberMoveRefusedException e) {
                throw new Refused(e.why() == MemberMoveRefusedException.Why.SAME_MEMBER
                        ? "customer.merge.self" : "merge.query.payouts");
            } catch (IdempotencyConflictException e) {
                throw new Refused("customer.merge.alreadyMerged");
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !DatabaseFailures.isLockConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private Merged mergeNow(CustomerId keptId, CustomerId duplicateId, String actor) {
        Customer kept = customers.find(keptId).orElseThrow(() -> new Refused("merge.query.unknown"));
        Customer duplicate = customers.find(duplicateId).orElseThrow(() -> new Refused("merge.query.unknown"));
        check(kept, duplicate);
        long from = duplicateId.value();
        long to = keptId.value();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        Balances keptBefore = ledger.balances(to, now);
        CustomerOrdersMoved movedOrders = orders.moveCustomer(from, to, from, to);
        MemberMoved points = ledger.moveMember(new MemberMove(new Operation("merge:" + from + ":" + to,
                ManualAdjustments.NETWORK, Reason.of("customer.merge", "duplicate", duplicate.phone(), "kept",
                kept.phone(), "staff", actor), now), from, to));
        CustomerMerge merge = customers.merge(keptId, duplicateId, now);
        // the duplicate's sign-in is closed: the person signs in as the kept one from now on
        accounts.findByLogin(duplicate.phone()).filter(account -> account.enabled())
                .ifPresent(account -> accounts.setEnabled(account.id(), false, actor));
        Balances keptAfter = ledger.balances(to, now);
        audit.record(new StaffChange(actor, "customer.merged", "customer " + from + " → customer " + to,
                "duplicate " + from + ": " + balances(points.available(), points.pending(), points.debt())
                        + "; kept " + to + ": " + balances(keptBefore.available(), keptBefore.pending(),
                        keptBefore.debt()) + ", tier=" + merge.keptTierBefore(),
                "kept " + to + ": " + balances(keptAfter.available(), keptAfter.pending(), keptAfter.debt())
                        + ", tier=" + merge.keptTierAfter() + "; moved lots=" + points.lots() + ", sources="
                        + points.sources() + ", orders=" + movedOrders.orders()));
        return new Merged(duplicate, points, movedOrders, merge);
    }

    private static String balances(long available, long pending, long debt) {
        return "available=" + available + ", pending=" + pending + ", debt=" + debt;
    }
}
