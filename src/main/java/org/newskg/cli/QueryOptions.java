package org.newskg.cli;

import java.time.Duration;
import java.util.List;

import org.newskg.NewskgException;
import org.newskg.query.IriAllowList;
import org.newskg.query.QueryLimits;

/** Turns the query-limit options of {@code query} and {@code serve} into {@link QueryLimits}. */
final class QueryOptions {
    private QueryOptions() {
    }

    static QueryLimits limits(long timeoutSeconds, List<String> allowService, List<String> allowLoad) {
        check("--allow-service", allowService);
        check("--allow-load", allowLoad);
        if (allowService.stream().anyMatch(p -> p.regionMatches(true, 0, "file:", 0, 5))) {
            throw NewskgException.usage("--allow-service takes http or https IRIs, not files");
        }
        return QueryLimits.closed(Duration.ofSeconds(timeoutSeconds)).withServiceAllowed(allowService)
                .withLoadAllowed(allowLoad);
    }

    private static void check(String option, List<String> prefixes) {
        try {
            new IriAllowList(prefixes);
        } catch (IllegalArgumentException e) {
            throw NewskgException.usage(option + ": " + e.getMessage());
        }
    }
}
