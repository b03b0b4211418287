package io.kopilka.orders.internal;

import io.kopilka.db.tables.records.OrdersSettlementRecord;
import io.kopilka.ledger.BulkRelease;
import io.kopilka.ledger.Ledger;
import io.kopilka.ledger.Operation;
import io.kopilka.ledger.Reason;
import io.kopilka.ledger.Release;
import io.kopilka.ledger.SourceRef;
import io.kopilka.orders.OrderSource;
import io.kopilka.db.KeyPartition;
import io.kopilka.orders.SettlementResult;
import io.kopilka.programme.Programme;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes due points available, a chunk per transaction: whole orders through the ledger's set-based release (one
 * transfer per chunk and network), batches (a number of points of an order) one by one. The items of a chunk are
 * closed in the same transaction as their postings, so a crash repeats a chunk completely or not at all.
 */
@Component
class OrderSettlement {

    /** Due items per chunk (and transaction) unless {@code kopilka.settlement.chunk-size} says otherwise; see docs/benchmarks.md. */
    static final int CHUNK = 10_000;

    private final OrderRows rows;
    private final Ledger ledger;
    private final Programme programme;
    private final Retrying retrying;
    private final int chunk;

    OrderSettlement(OrderRows rows, Ledger ledger, Programme programme, Retrying retrying,
                    @Value("${kopilka.settlement.chunk-size:" + CHUNK + "}") int chunk) {
        this.rows = rows;
        this.ledger = ledger;
        this.programme = programme;
        this.retrying = retrying;
        this.chunk = chunk;
    }

    SettlementResult settleDue(LocalDateTime asOf) {
        long sources = 0;
        long points = 0;
        while (true) {
            SettlementResult chunk = retrying.inTransaction(() -> settleChunk(asOf, KeyPartition.ALL));
            if (chunk.sources() == 0) {
                return new SettlementResult(sources, points);
            }
            sources += chunk.sources();
            points += chunk.points();
        }
    }

    SettlementResult settleNextChunk(LocalDateTime asOf, KeyPartition partition) {
        return retrying.inTransaction(() -> settleChunk(asOf, partition));
    }

    private SettlementResult settleChunk(LocalDateTime asOf, KeyPartition partition) {
        List<OrdersSettlementRecord> due = rows.due(asOf, partition, chunk);
        if (due.isEmpty()) {
            return new SettlementResult(0, 0);
        }
        LocalDateTime expiresAt = PointsDates.expiry(programme.policies(), asOf);
        Reason reason = Reason.of("order.settled");
        Map<String, List<String>> wholeByNetwork = new TreeMap<>();
        long points = 0;
        List<Long> ids = new ArrayList<>();
        for (OrdersSettlementRecord item : due) {
            ids.add(item.getId());
            if (item.getPoints() == null) {
                wholeByNetwork.computeIfAbsent(item.getNetworkCode(), n -> new ArrayList<>()).add(item.getSourceRef());
                continue;
            }
            long release = Math.min(item.getPoints(), ledger.pending(item.getNetworkCode(), item.getSourceRef()));
            if (release > 0) {
                ledger.release(new Release(new Operation("settle:" + item.getId(), item.getNetworkCode(),
                        Reason.of("order.batchDelivered", "order", externalIdOf(item.getSourceRef())), asOf),
                        item.getMemberId(), SourceRef.of(item.getSourceRef()), release, expiresAt));
                points += release;
            }
        }
        for (Map.Entry<String, List<String>> network : wholeByNetwork.entrySet()) {
            List<String> refs = network.getValue().stream().distinct().toList();
            points += ledger.releaseSources(new BulkRelease(network.getKey(), refs, expiresAt, reason, asOf)).points();
        }
        rows.markSettled(ids, asOf);
        return new SettlementResult(ids.size(), points);
    }

    private static String externalIdOf(String sourceRef) {
        return OrderSource.externalIdOf(sourceRef).orElse(sourceRef);
    }
}
