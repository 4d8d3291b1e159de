package org.newskg.extraction;

import java.time.Instant;
import java.util.List;

/** The run that produced an extraction: tool version, CoreNLP annotators and when. */
public record RunInfo(String toolVersion, List<String> annotators, Instant startedAt) {
    public RunInfo {
        annotators = List.copyOf(annotators);
    }
}
