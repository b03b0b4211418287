package io.kopilka.requestlog.internal;

import io.kopilka.requestlog.ApiCall;
import io.kopilka.requestlog.LoggedCallPage;
import io.kopilka.requestlog.RequestLog;
import io.kopilka.requestlog.RequestLogQuery;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RequestLogService implements RequestLog {

    private final CallWriter writer;
    private final ApiCallTable table;

    RequestLogService(CallWriter writer, ApiCallTable table) {
        this.writer = writer;
        this.table = table;
    }

    @Override
    public void record(ApiCall call) {
        writer.offer(call);
    }

    @Override
    public void flush() {
        writer.flush(10);
    }

    @Override
    @Transactional(readOnly = true)
    public LoggedCallPage search(RequestLogQuery query) {
        return table.search(query);
    }

    @Override
    public long purgeOlderThan(LocalDateTime cutoff) {
        return table.purge(cutoff); // one statement per chunk, each committed on its own: no long transaction
    }
}
