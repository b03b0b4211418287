package io.kopilka.notifications.internal;

import io.kopilka.notifications.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP through the JavaMailSender Spring Boot configures from spring.mail.* (none without
 * spring.mail.host: e-mails then wait). Each e-mail carries its message id as Message-ID and X-Kopilka-Message-Id,
 * a plain-text and an HTML part, and in the HTML a 1×1 image whose fetch records the opening
 * (its address carries the e-mail's signed receipt, {@link OpeningReceipts}).
 */
@Component
class EmailSender implements ChannelSender {

    static final String ID_HEADER = "X-Kopilka-Message-Id";

    private final @Nullable JavaMailSender mail;
    private final NotificationSettings settings;
    private final OpeningReceipts receipts;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationSettings settings, OpeningReceipts receipts) {
        this.mail = mail.getIfAvailable();
        this.settings = settings;
        this.receipts = receipts;
    }

    @Override
    public boolean handles(Channel channel) {
        return channel == Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return mail != null;
    }

    @Override
    public void send(Outgoing message) throws SendFailedException {
        if (mail == null) {
            throw new SendFailedException("notifications.error.not-configured");
        }
        try {
            MimeMessage mime = newMessage(mail, message.messageId());
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(settings.emailFrom);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            String pixel = "<img src=\"" + TemplateRenderer.escape(settings.publicUrl + "/n/o/"
                    + receipts.of(message.messageId()) + ".png") + "\" width=\"1\" height=\"1\" alt=\"\">";
            helper.setText(message.text(), TemplateRenderer.html(message.text()) + pixel);
            mime.setHeader(ID_HEADER, Long.toString(message.messageId()));
            mail.send(mime);
        } catch (MessagingException | MailException e) {
            throw new SendFailedException("SMTP: " + e.getMessage(), e);
        }
    }

    /** A message whose Message-ID is derived from the message id, so a re-sent duplicate has the same one. */
    private static MimeMessage newMessage(JavaMailSender mail, long messageId) {
        if (mail instanceof JavaMailSenderImpl impl) {
            return new MimeMessage(impl.getSession()) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + messageId + "@kopilka>");
                }
            };
        }
        return mail.createMimeMessage();
    }
}
