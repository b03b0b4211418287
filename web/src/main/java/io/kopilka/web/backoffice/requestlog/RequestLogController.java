package io.kopilka.web.backoffice.requestlog;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.kopilka.programme.Programme;
import io.kopilka.requestlog.LoggedCallPage;
import io.kopilka.requestlog.RequestLog;
import io.kopilka.requestlog.RequestLogQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The request log for support (administrators and consultants): API calls, newest first, paged with htmx. */
@Controller
@RequestMapping("/backoffice/request-log")
class RequestLogController {

    static final int PAGE_SIZE = 50;

    private final RequestLog requestLog;
    private final Programme programme;
    private final JsonMapper json;

    RequestLogController(RequestLog requestLog, Programme programme, JsonMapper json) {
        this.requestLog = requestLog;
        this.programme = programme;
        this.json = json;
    }

    @GetMapping
    String page(@ModelAttribute("filters") RequestLogFilterFormData filters, Model model) {
        model.addAttribute("networks", programme.networks());
        model.addAttribute("errors", filters.errors());
        load(filters, null, model);
        return "backoffice/request-log";
    }

    @GetMapping(params = "after")
    @HxRequest
    String nextPage(@ModelAttribute("filters") RequestLogFilterFormData filters, @RequestParam long after, Model model) {
        load(filters, after, model);
        return "backoffice/request-log :: rows";
    }

    private void load(RequestLogFilterFormData filters, @Nullable Long after, Model model) {
        RequestLogQuery query = filters.toQuery(after, PAGE_SIZE);
        LoggedCallPage page = query == null ? new LoggedCallPage(List.of(), null) : requestLog.search(query);
        model.addAttribute("calls", page.calls().stream()
                .map(call -> new CallRow(call, readable(call.requestBody()), readable(call.responseBody()))).toList());
        model.addAttribute("nextAfter", page.nextAfter());
    }

    /** JSON indented for reading; anything else as it was kept. */
    private @Nullable String readable(@Nullable String body) {
        if (body == null || !(body.startsWith("{") || body.startsWith("["))) {
            return body;
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(body));
        } catch (JacksonException cutShort) {
            return body;
        }
    }
}
