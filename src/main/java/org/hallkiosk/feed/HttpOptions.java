package org.hallkiosk.feed;

import java.time.Duration;

/**
 * How patient the HTTP source is. {@code attempts} counts the first try; back-off doubles from
 * {@code baseDelay} up to {@code maxDelay}, with jitter, and a server's Retry-After is honoured up to
 * {@code maxDelay}.
 */
public record HttpOptions(Duration connectTimeout, Duration readTimeout, int attempts, Duration baseDelay,
                          Duration maxDelay) {

    public static final HttpOptions DEFAULT =
            new HttpOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 4, Duration.ofSeconds(1),
                    Duration.ofSeconds(30));
}
