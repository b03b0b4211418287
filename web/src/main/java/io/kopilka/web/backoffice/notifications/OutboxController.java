package io.kopilka.web.backoffice.notifications;

import io.kopilka.notifications.MessageStatus;
import io.kopilka.notifications.Notifications;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox (ADMIN): messages waiting, being sent or failed, with their attempts and last error; failed ones can be queued again. */
@Controller
@RequestMapping("/backoffice/notifications/outbox")
class OutboxController {

    static final int SHOWN = 200;

    private final Notifications notifications;

    OutboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("messages", notifications.outbox(
                EnumSet.of(MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.FAILED), SHOWN));
        model.addAttribute("shown", SHOWN);
        return "backoffice/notifications/outbox";
    }

    @PostMapping("/{messageId}/retry")
    String retry(@PathVariable long messageId, Principal staff, RedirectAttributes redirect) {
        boolean queued = notifications.retry(messageId, LocalDateTime.now(ZoneOffset.UTC), staff.getName());
        redirect.addFlashAttribute(queued ? "retried" : "notRetried", messageId);
        return "redirect:/backoffice/notifications/outbox";
    }
}
