package io.kopilka.web.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import io.kopilka.web.points.CurrentMember;
import io.kopilka.web.security.PortalUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's card as pictures a till can scan: an EAN-13 barcode and a QR code of the card number,
 * drawn by ZXing. Only one's own card: the number comes from the session, never from the URL.
 */
@RestController
class CardImageController {

    private final CurrentMember member;

    CardImageController(CurrentMember member) {
        this.member = member;
    }

    @GetMapping(value = "/cabinet/card/barcode.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> barcode(@AuthenticationPrincipal PortalUser user) throws WriterException {
        return picture(user, number -> new EAN13Writer().encode(number, BarcodeFormat.EAN_13, 380, 120));
    }

    @GetMapping(value = "/cabinet/card/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal PortalUser user) throws WriterException {
        return picture(user, number -> new QRCodeWriter().encode(number, BarcodeFormat.QR_CODE, 240, 240,
                Map.of(EncodeHintType.MARGIN, 1)));
    }

    private interface Encoder {
        BitMatrix encode(String cardNumber) throws WriterException;
    }

    private ResponseEntity<byte[]> picture(PortalUser user, Encoder encoder) throws WriterException {
        var customer = member.customer(user);
        if (customer.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        BitMatrix matrix = encoder.encode(customer.get().cardNumber());
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                    .contentType(MediaType.IMAGE_PNG)
                    .body(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
