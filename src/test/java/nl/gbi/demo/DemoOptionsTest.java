package nl.gbi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The demo's period: this month, or the last month the shipped figures cover (a run needs approved figures). */
class DemoOptionsTest {

    @Test
    void aMonthWithShippedFiguresIsKeptAndALaterOneFallsBackToTheLastCovered() {
        assertEquals(YearMonth.of(2026, 5), DemoOptions.defaultPeriode(YearMonth.of(2026, 5)));
        assertEquals(YearMonth.of(2026, 12), DemoOptions.defaultPeriode(YearMonth.of(2027, 3)));
        assertEquals(YearMonth.of(2026, 12), DemoOptions.parse(new String[] {"--periode", "2026-12"}).periode());
    }
}
