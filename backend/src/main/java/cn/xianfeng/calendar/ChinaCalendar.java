package cn.xianfeng.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * China's date by the application's clock. Between 16:00 and 24:00 UTC China is already a day ahead, so a
 * date taken in the server's own zone would call China's today "in the future" (docs/adr/011).
 */
public final class ChinaCalendar {

    /** A constant expression, for annotations such as {@code @Scheduled(zone = …)}. */
    public static final String ZONE_ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ChinaCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.now(clock.withZone(ZONE));
    }
}
