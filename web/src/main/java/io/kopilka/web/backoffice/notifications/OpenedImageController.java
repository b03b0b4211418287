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
 * The e-mails' opening image, served without sign-in: {@code GET /n/o/{receipt}.png} records the first opening (the
 * cascade's "opened" signal) when the receipt is the e-mail's genuine signed one, and answers a transparent 1×1 PNG
 * whatever it is given, so it tells nothing to a guesser.
 */
@RestController
class OpenedImageController {

    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final Notifications notifications;

    OpenedImageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping(value = "/n/o/{receipt}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> opened(@PathVariable String receipt) {
        notifications.recordOpened(receipt, LocalDateTime.now(ZoneOffset.UTC));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PIXEL);
    }
}
