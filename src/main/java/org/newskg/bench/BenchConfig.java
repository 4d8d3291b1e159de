package org.newskg.bench;

import java.nio.file.Path;

/**
 * What a benchmark run measures.
 *
 * @param corpus     the folder the sample is drawn from
 * @param articles   sample size
 * @param threads    the N of "1 thread against N threads"
 * @param warmup     articles analysed before throughput is timed
 * @param queryRuns  timed runs of each example query
 * @param queries    the folder of example queries ({@code *.rq})
 * @param nquads     an N-Quads file for the load comparison, or null to export the sample's store
 * @param work       where stores, logs and the sample list go
 */
public record BenchConfig(Path corpus, int articles, int threads, int warmup, int queryRuns, Path queries,
                          Path nquads, Path work) {
}
