package io.kopilka.requestlog;

import java.time.LocalDateTime;

/**
 * The request log for support. Recording never waits for the database: calls are queued and written in batches by a
 * background writer, so the last fraction of a second may be lost on a crash, and calls are dropped (and counted) when
 * the queue is full.
 */
public interface RequestLog {

    /** How many characters of a body are kept; the rest is cut off. */
    int MAX_BODY_CHARS = 16 * 1024;

    /** Queues a call, whose personal data the caller has masked, for writing; returns at once. */
    void record(ApiCall call);

    /** Waits (a few seconds at most) until the calls recorded so far are written. */
    void flush();

    /** The calls matching the query, newest first. */
    LoggedCallPage search(RequestLogQuery query);

    /** Deletes the calls received before {@code cutoff} (UTC), in chunks; returns how many were deleted. */
    long purgeOlderThan(LocalDateTime cutoff);
}
