package io.kopilka.web.cabinet;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.WebUtils;

/**
 * The payout forms rendered in one session, by their idempotency key, with the time the first submit of each
 * was accepted for posting.
 *
 * <p>Why the time is kept: the ledger recognises a repeated operation by its key <em>and</em> its whole content,
 * business time included. A double submit must therefore carry the time of the first one, or the ledger would see
 * a different operation under the same key. Keeping it on the server (rather than in a hidden field) also means
 * a person cannot choose the time of their own request, and a key this session never rendered is refused.
 *
 * <p>The session lives in the database (Spring Session JDBC, docs/scaling.md) and is read afresh by every request,
 * possibly on another instance: a change to this object is kept only because each change sets it on the session
 * again, which makes Spring Session write it back at the end of the request.
 */
final class PayoutForms implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String ATTRIBUTE = PayoutForms.class.getName();

    /** Enough for a person's open tabs; the oldest forms are forgotten first. */
    private static final int KEPT = 20;

    /** Key → time of the first accepted submit, or null while the form has not been submitted. */
    private final Map<String, @Nullable LocalDateTime> forms = new LinkedHashMap<>();

    /** The session of the request that read this copy; not stored with it. */
    private transient @Nullable HttpSession session;

    private PayoutForms() {
    }

    /** The session's forms, created on first use. */
    static PayoutForms of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            PayoutForms forms = (PayoutForms) session.getAttribute(ATTRIBUTE);
            boolean created = forms == null;
            if (created) {
                forms = new PayoutForms();
            }
            forms.session = session;
            if (created) {
                forms.store();
            }
            return forms;
        }
    }

    /** A new form's key: a random UUID. */
    synchronized String issue() {
        String key = UUID.randomUUID().toString();
        forms.put(key, null);
        if (forms.size() > KEPT) {
            forms.remove(forms.keySet().iterator().next());
        }
        store();
        return key;
    }

    /** Whether this session rendered a form with the key. */
    synchronized boolean knows(@Nullable String key) {
        return key != null && forms.containsKey(key);
    }

    /** The business time of the form's operation: the time of its first submit, fixed from then on. */
    synchronized LocalDateTime businessTime(String key, Supplier<LocalDateTime> now) {
        LocalDateTime time = forms.get(key);
        if (time == null) {
            time = now.get();
            forms.put(key, time);
            store();
        }
        return time;
    }

    /** Forgets the first submit's time after the ledger refused it, so a later submit of the form gets its own. */
    synchronized void refused(String key) {
        if (forms.containsKey(key)) {
            forms.put(key, null);
            store();
        }
    }

    /** Sets this object on its session again, so that the session store writes the change back. */
    private void store() {
        if (session != null) {
            session.setAttribute(ATTRIBUTE, this);
        }
    }
}
