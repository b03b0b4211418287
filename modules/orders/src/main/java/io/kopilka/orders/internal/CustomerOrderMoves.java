package io.kopilka.orders.internal;

import static io.kopilka.db.Tables.ORDERS_ORDER;
import static io.kopilka.db.Tables.ORDERS_SETTLEMENT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import io.kopilka.orders.CustomerOrdersMoved;
import org.springframework.stereotype.Component;

/** A merged duplicate's orders re-pointed to the person kept: one UPDATE per table, whatever the number of orders. */
@Component
class CustomerOrderMoves {

    private final OrderRows rows;

    CustomerOrderMoves(OrderRows rows) {
        this.rows = rows;
    }

    CustomerOrdersMoved move(long fromCustomer, long toCustomer, long fromMember, long toMember) {
        if (fromCustomer == toCustomer) {
            throw new IllegalArgumentException("A person's orders cannot move to themselves");
        }
        // the order locks of both accounts, in id order: no order of either is placed or calculated meanwhile
        rows.lockMember(Math.min(fromMember, toMember));
        rows.lockMember(Math.max(fromMember, toMember));
        int orders = rows.db().update(ORDERS_ORDER)
                .set(ORDERS_ORDER.MEMBER_ID, when(ORDERS_ORDER.MEMBER_ID.eq(fromMember), inline(toMember))
                        .otherwise(ORDERS_ORDER.MEMBER_ID))
                .set(ORDERS_ORDER.CUSTOMER_ID, toCustomer)
                .where(ORDERS_ORDER.CUSTOMER_ID.eq(fromCustomer))
                .execute();
        int settlements = rows.db().update(ORDERS_SETTLEMENT)
                .set(ORDERS_SETTLEMENT.MEMBER_ID, toMember)
                .where(ORDERS_SETTLEMENT.MEMBER_ID.eq(fromMember))
                .execute();
        return new CustomerOrdersMoved(orders, settlements);
    }
}
