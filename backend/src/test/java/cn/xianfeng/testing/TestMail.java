package cn.xianfeng.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) for the test run: the application sends its e-mail here, over the protocol. */
public final class TestMail {

    private static final TestMail INSTANCE = new TestMail();

    private final GreenMail server;

    private TestMail() {
        server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    public static TestMail get() {
        return INSTANCE;
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    /** The messages received for {@code address}, waiting up to five seconds for the first one. */
    public List<MimeMessage> to(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<MimeMessage> found = List.of();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            found = Arrays.stream(server.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
            if (found.isEmpty()) {
                server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
            }
        }
        return found;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
