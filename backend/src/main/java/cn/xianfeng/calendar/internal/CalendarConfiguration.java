package cn.xianfeng.calendar.internal;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.xianfeng.calendar.ChinaCalendar;

/** The application's one clock, and bean validation's {@code @PastOrPresent} judged on China's date by it. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Asked on every check, so validation follows the clock wherever it is (a test's moves). */
    @Bean
    ValidationConfigurationCustomizer chinaDatesForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(ChinaCalendar.ZONE));
    }
}
