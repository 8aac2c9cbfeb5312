package cn.xianfeng.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: real time, unless a test moves it for a while, for example to
 * the hours when China's date is a day ahead of UTC's. Tests run one at a time, so a move is seen by its test only.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    private TestClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** Until the returned handle is closed, the clock reads {@code instant} plus the real time passed since. */
    public Travel travelTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
        return () -> offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(offset, other);
    }

    public interface Travel extends AutoCloseable {
        @Override
        void close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
        }
    }
}
