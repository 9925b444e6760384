package uk.gov.justice.marketplace.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock for a test that needs days to pass (an invitation's ten working days): real time, moved on
 * by what the test says. Given to the service with {@code @MockBean(Clock.class)}.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.updateAndGet(d -> d.plus(by));
    }

    /** Moves on to that moment, or just past it. */
    public void advanceTo(Instant moment) {
        offset.updateAndGet(d -> d.plus(Duration.between(instant(), moment)));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service works in UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
