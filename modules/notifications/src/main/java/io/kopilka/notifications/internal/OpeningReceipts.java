package io.kopilka.notifications.internal;

import static io.kopilka.db.tables.NotificationReceiptKey.NOTIFICATION_RECEIPT_KEY;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the receipts e-mails carry in their opening image: {@code <message id>-<signature>}, the signature
 * an HMAC-SHA256 of the id under the installation's key, so only the e-mail's own image records its opening.
 */
@Component
class OpeningReceipts {

    private static final byte KEY_ROW = 1;
    private static final int KEY_BYTES = 32;
    /** 128 bits of the MAC: enough that guessing one is hopeless, short enough for a tidy image address. */
    private static final int SIGNATURE_CHARS = 22;

    private final DSLContext db;
    private volatile byte @Nullable [] key;

    OpeningReceipts(DSLContext db) {
        this.db = db;
    }

    /** The receipt of the message with this id. */
    String of(long messageId) {
        return messageId + "-" + signature(messageId);
    }

    /** The message id a genuine receipt names; empty for anything else. */
    OptionalLong messageOf(String receipt) {
        int dash = receipt.indexOf('-');
        if (dash <= 0 || dash == receipt.length() - 1) {
            return OptionalLong.empty();
        }
        long messageId;
        try {
            messageId = Long.parseLong(receipt.substring(0, dash));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.empty();
        }
        byte[] expected = signature(messageId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = receipt.substring(dash + 1).getBytes(StandardCharsets.US_ASCII);
        // constant time, so the signature cannot be found character by character from response times
        return MessageDigest.isEqual(expected, given) ? OptionalLong.of(messageId) : OptionalLong.empty();
    }

    private String signature(long messageId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(Long.toString(messageId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIGNATURE_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = stored();
            key = known;
        }
        return known;
    }

    /** The installation's key: the one already stored, or a new random one that this call stores first. */
    private byte[] stored() {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        db.insertInto(NOTIFICATION_RECEIPT_KEY, NOTIFICATION_RECEIPT_KEY.ID, NOTIFICATION_RECEIPT_KEY.SECRET)
                .values(KEY_ROW, fresh)
                .onDuplicateKeyIgnore()
                .execute();
        return db.select(NOTIFICATION_RECEIPT_KEY.SECRET).from(NOTIFICATION_RECEIPT_KEY)
                .where(NOTIFICATION_RECEIPT_KEY.ID.eq(KEY_ROW))
                .fetchSingle(NOTIFICATION_RECEIPT_KEY.SECRET);
    }
}
