package cn.xianfeng.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ChinaCalendarTests {

    private static final Set<String> CALENDAR_TYPES = Set.of(LocalDate.class.getName(), YearMonth.class.getName(),
            Year.class.getName(), LocalDateTime.class.getName());
    private static final Set<String> INSTANT_TYPES = Set.of(Instant.class.getName(), OffsetDateTime.class.getName(),
            ZonedDateTime.class.getName());
    private static final JavaClasses APPLICATION = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.xianfeng");

    @Test
    void chinaIsADayAheadFrom1600Utc() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ZoneOffset.UTC);
        assertThat(ChinaCalendar.today(lateEvening)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ChinaCalendar.thisMonth(lateEvening)).isEqualTo(YearMonth.of(2027, 1));

        Clock afternoon = Clock.fixed(Instant.parse("2026-12-31T15:59:59Z"), ZoneOffset.UTC);
        assertThat(ChinaCalendar.today(afternoon)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void onlyTheChinaCalendarAsksJavaTimeForToday() {
        DescribedPredicate<JavaMethodCall> askingForToday = DescribedPredicate.describe("ask java.time for today",
                call -> call.getName().equals("now") && CALENDAR_TYPES.contains(call.getTargetOwner().getName()));
        noClasses().that().doNotBelongToAnyOf(ChinaCalendar.class).should().callMethodWhere(askingForToday)
            .because("a date must be China's date, whatever zone the server runs in (docs/adr/011)")
            .check(APPLICATION);
    }

    @Test
    void timeIsReadFromTheApplicationsClock() {
        DescribedPredicate<JavaMethodCall> readingTheSystemClock = DescribedPredicate.describe("read the system clock directly",
                call -> call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
                        && INSTANT_TYPES.contains(call.getTargetOwner().getName()));
        noClasses().should().callMethodWhere(readingTheSystemClock)
            .because("a test's clock must reach every timestamp, as it reaches every date (docs/adr/011)")
            .check(APPLICATION);
    }
}
