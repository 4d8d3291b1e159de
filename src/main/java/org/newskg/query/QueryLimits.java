package org.newskg.query;

import java.time.Duration;
import java.util.List;

/**
 * What a SPARQL execution over a store may do and use.
 *
 * @param timeout         the longest a query or update may run, all of it: patterns, sorts, regular
 *                        expressions and any {@code SERVICE} call
 * @param serviceAllowed  IRI prefixes that {@code SERVICE} may call; empty: {@code SERVICE} is off
 * @param loadAllowed     IRI prefixes that {@code LOAD} may read ({@code file:///srv/data/},
 *                        {@code https://example.org/}); empty: {@code LOAD} is refused
 * @param spillThreshold  bindings a sort, {@code DISTINCT} or grouping keeps in memory before it spills to
 *                        temporary files
 */
public record QueryLimits(Duration timeout, List<String> serviceAllowed, List<String> loadAllowed,
                          long spillThreshold) {
    /** The bindings kept in memory per sort before spilling: a few megabytes, and a spill short enough that a cancelled sort stops within a second. */
    public static final long DEFAULT_SPILL = 20_000;

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        serviceAllowed = List.copyOf(serviceAllowed);
        loadAllowed = List.copyOf(loadAllowed);
    }

    /** No outbound requests and no LOAD, with the given time limit. */
    public static QueryLimits closed(Duration timeout) {
        return new QueryLimits(timeout, List.of(), List.of(), DEFAULT_SPILL);
    }

    public QueryLimits withServiceAllowed(List<String> prefixes) {
        return new QueryLimits(timeout, prefixes, loadAllowed, spillThreshold);
    }

    public QueryLimits withLoadAllowed(List<String> prefixes) {
        return new QueryLimits(timeout, serviceAllowed, prefixes, spillThreshold);
    }
}
