package io.kopilka.web.backoffice.notifications;

import io.kopilka.notifications.Notifications;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mails' opening receipt, served without sign-in: {@code GET /n/o/{messageId}.png} records the first opening
 * (the cascade's "opened" signal) and answers a transparent 1×1 PNG whatever the id, so it tells nothing to a guesser.
 */
@RestController
class OpenedImageController {

    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final Notifications notifications;

    OpenedImageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping(value = "/n/o/{messageId}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> opened(@PathVariable String messageId) {
        try {
            notifications.recordOpened(Long.parseLong(messageId), LocalDateTime.now(ZoneOffset.UTC));
        } catch (NumberFormatException ignored) {
            // not one of our ids: the image all the same
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PIXEL);
    }
}
