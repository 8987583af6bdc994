package org.hallkiosk.content;

/** 法定/承诺办结时限 in working days; either may be null when not set. */
public record TimeLimit(Integer statutoryDays, Integer promisedDays) {
}
