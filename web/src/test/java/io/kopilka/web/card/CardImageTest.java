package io.kopilka.web.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.kopilka.customers.Customers;
import io.kopilka.web.support.PortalIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CardImageTest extends PortalIntegrationTest {

    @Autowired
    Customers customers;

    private static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        Result result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        return result.getText();
    }

    @Test
    void theCardsBarcodeAndQrCodeScanAsTheCustomersOwnCardNumber() throws Exception {
        String card = customers.findByPhone("+79990000002").orElseThrow().cardNumber();
        var session = new io.kopilka.web.support.BrowserSession(port);
        session.signIn("+79990000002", "demo");

        HttpResponse<byte[]> barcode = session.getBytes("/cabinet/card/barcode.png");
        HttpResponse<byte[]> qr = session.getBytes("/cabinet/card/qr.png");

        assertThat(barcode.statusCode()).isEqualTo(200);
        assertThat(decode(barcode.body())).isEqualTo(card);
        assertThat(decode(qr.body())).isEqualTo(card);
    }

    @Test
    void nobodyElseGetsTheCardPictures() {
        var staff = new io.kopilka.web.support.BrowserSession(port);
        staff.signIn("consultant", "demo");
        assertThat(staff.getBytes("/cabinet/card/qr.png").statusCode()).isEqualTo(403);
        assertThat(new io.kopilka.web.support.BrowserSession(port).getBytes("/cabinet/card/qr.png").statusCode()).isEqualTo(302);
    }
}
