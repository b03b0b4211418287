package io.kopilka.orders.internal;

import io.kopilka.db.tables.records.OrdersOperationRecord;
import io.kopilka.db.tables.records.OrdersOrderRecord;
import io.kopilka.orders.OrderConflictException;
import io.kopilka.orders.OrderNotFoundException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Runs a state-changing call on an existing order at most once per client id: holding the order's row lock, it
 * answers a repeat with the stored response (marked replayed), refuses the same id with other content, and otherwise
 * does the work and stores its response in the same transaction.
 */
@Component
class OnceEach {

    private final OrderRows rows;
    private final OrderJson json;
    private final Retrying retrying;

    OnceEach(OrderRows rows, OrderJson json, Retrying retrying) {
        this.rows = rows;
        this.json = json;
        this.retrying = retrying;
    }

    /** The call's identity: its kind, the client's id, its content (fingerprinted) and its business time. */
    record Call(String network, String externalId, String kind, String clientId, Object content, LocalDateTime at) {
    }

    <T> T run(Call call, Class<T> type, UnaryOperator<T> replayed, Function<OrdersOrderRecord, T> work) {
        String fingerprint = json.fingerprint(call.content());
        return retrying.inTransaction(() -> {
            OrdersOrderRecord order = rows.lock(call.network(), call.externalId())
                    .orElseThrow(() -> new OrderNotFoundException(call.network(), call.externalId()));
            Optional<OrdersOperationRecord> earlier = rows.operation(order.getId(), call.kind(), call.clientId());
            if (earlier.isPresent()) {
                if (!earlier.get().getFingerprint().equals(fingerprint)) {
                    throw new OrderConflictException("order.conflict.idempotency");
                }
                return replayed.apply(json.read(earlier.get().getResponse(), type));
            }
            T response = work.apply(order);
            rows.insertOperation(order.getId(), call.kind(), call.clientId(), fingerprint, json.write(response),
                    call.at());
            return response;
        });
    }
}
