package io.kopilka.requestlog.internal;

import io.kopilka.requestlog.ApiCall;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A bounded queue of calls and one background thread that writes them in batches. Offering never blocks: a full queue
 * drops the call and counts it ({@code kopilka.request.log.dropped}). What is still queued when the process dies is lost.
 */
@Component
class CallWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallWriter.class);
    /** Starts before and stops after the web server, so calls answered during a graceful shutdown are still written. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final ApiCallTable table;
    private final BlockingQueue<ApiCall> queue;
    private final int batchSize;
    private final Counter dropped;
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private volatile boolean running;
    private @Nullable Thread worker;

    @Autowired
    CallWriter(ApiCallTable table, ObjectProvider<MeterRegistry> meters,
               @Value("${kopilka.request-log.queue-capacity:10000}") int capacity,
               @Value("${kopilka.request-log.batch-size:100}") int batchSize) {
        this(table, meters.getIfAvailable(SimpleMeterRegistry::new), capacity, batchSize);
    }

    CallWriter(ApiCallTable table, MeterRegistry meters, int capacity, int batchSize) {
        this.table = table;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.dropped = Counter.builder("kopilka.request.log.dropped")
                .description("API calls not written to the request log because its queue was full")
                .register(meters);
        Gauge.builder("kopilka.request.log.queued", queue, BlockingQueue::size)
                .description("API calls waiting to be written to the request log")
                .register(meters);
    }

    /** Queues the call, or drops and counts it when the queue is full. */
    void offer(ApiCall call) {
        if (queue.offer(call)) {
            offered.incrementAndGet();
        } else {
            dropped.increment();
        }
    }

    /** How many calls were dropped since the start. */
    long dropped() {
        return (long) dropped.count();
    }

    /** Waits until everything offered before this call has been written (or failed), for at most {@code seconds}. */
    void flush(long seconds) {
        long target = offered.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (done.get() < target && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::drain, "request-log-writer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10)); // writes what is still queued
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void drain() {
        List<ApiCall> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                ApiCall first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                done.addAndGet(batch.size());
                batch.clear();
            }
        }
    }

    private void write(List<ApiCall> batch) {
        try {
            table.insert(batch);
        } catch (RuntimeException e) {
            // the log must never take the API down with it; the batch is lost and said so
            dropped.increment(batch.size());
            log.warn("Could not write {} API calls to the request log: {}", batch.size(), e.toString());
        }
    }
}
