package io.kopilka.requestlog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the log, newest first, with the id to continue after when there is more. */
public record LoggedCallPage(List<LoggedCall> calls, @Nullable Long nextAfter) {
}
