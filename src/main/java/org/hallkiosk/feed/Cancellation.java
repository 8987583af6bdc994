package org.hallkiosk.feed;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Staff's 取消 for one sync: polled between steps like any {@link BooleanSupplier}, and it wakes a wait at
 * once (the HTTP source's back-off before a retry), where a sleep would only end on an interrupt.
 */
public final class Cancellation implements BooleanSupplier {

    /** How often a wait looks at a plain supplier, which cannot wake it. */
    private static final long POLL_MILLIS = 100;

    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final BooleanSupplier also;

    public Cancellation() {
        this(() -> false);
    }

    private Cancellation(BooleanSupplier also) {
        this.also = also;
    }

    /** {@code cancelled} itself when it is a Cancellation; else one that looks at it while it waits. */
    public static Cancellation of(BooleanSupplier cancelled) {
        return cancelled instanceof Cancellation c ? c : new Cancellation(cancelled);
    }

    public void cancel() {
        cancelled.countDown();
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled.getCount() == 0 || also.getAsBoolean();
    }

    /** Waits {@code delay}, or less when cancelled; true when cancelled. */
    public boolean await(Duration delay) throws InterruptedException {
        long end = System.nanoTime() + delay.toNanos();
        while (!getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (cancelled.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS)) {
                return getAsBoolean(); // cancelled: the caller stops waiting at once
            }
        }
        return true;
    }
}
