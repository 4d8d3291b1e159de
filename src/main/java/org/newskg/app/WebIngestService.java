package org.newskg.app;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.newskg.ControlChars;
import org.newskg.extraction.Extraction;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.server.ArticleIntake;
import org.newskg.source.ArticleReader;
import org.newskg.source.InputKind;
import org.newskg.source.ReadOptions;
import org.newskg.store.KgStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The server's article intake: each request's articles go through the same reading, analysis and storing as
 * {@code newskg ingest}, on the pipeline the server loaded once. Requests are taken one at a time; the
 * articles of one request are analysed on {@code threads} threads, and stored before the reply: the first as
 * soon as it is analysed, the rest in one transaction at the end. One ingestor serves every request, so the
 * people already stored are read from the store once, not for each request.
 */
public final class WebIngestService implements ArticleIntake {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoreIngestor ingestor;
    private final ExtractionMapper mapper;
    private final int threads;
    private final Duration timeLimit;
    private final Progress progress;
    private final AtomicInteger requests = new AtomicInteger();

    public WebIngestService(KgStore store, ExtractionMapper mapper, int threads, Duration timeLimit, Progress progress) {
        this.ingestor = new StoreIngestor(store, mapper, false);
        this.mapper = mapper;
        this.threads = threads;
        this.timeLimit = timeLimit;
        this.progress = progress;
    }

    /** Loads the pipeline now, so that the first request does not wait for it. */
    public WebIngestService warm() {
        AnalyzerFactory.forBatch(progress);
        return this;
    }

    @Override
    public synchronized Reply ingest(InputStream body, String mediaType, String date, String name) {
        InputKind kind = InputKind.ofMediaType(mediaType);
        if (kind == null) {
            return error(415, "send text/plain, text/html or JSON lines (application/x-ndjson), not " + mediaType);
        }
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return error(400, "date must be YYYY-MM-DD, not " + date);
        }
        String origin = name != null && !name.isBlank() ? ControlChars.line(name.strip())
                : "request-" + requests.incrementAndGet();
        ReadOptions options = new ReadOptions(day, ReadOptions.DEFAULT_MAX_CHARS, false, List.of(), List.of());
        ArticleReader reader = new ArticleReader(options, InputStream.nullInputStream());
        List<Extraction> stored = new ArrayList<>();
        BatchedStoreWriter writer = new BatchedStoreWriter(ingestor, Integer.MAX_VALUE, Duration.ofDays(1));
        BatchRunner runner = new BatchRunner(reader, () -> AnalyzerFactory.forBatch(progress), progress, threads,
                timeLimit);
        BatchResult result = runner.run(sink -> reader.read(origin, body, kind, sink), ingestor::unchanged, x -> {
            writer.accept(x);
            stored.add(x);
        });
        try {
            writer.flush();
        } catch (RuntimeException e) {
            return error(500, origin + ": not stored: " + e.getMessage());
        }
        try {
            if (!stored.isEmpty()) {
                ingestor.refreshHappenings();
            }
        } catch (RuntimeException e) {
            progress.problem(origin + ": stored, but the happenings were not updated: " + e.getMessage());
        }
        progress.info(result.summary("ingested") + " from " + origin);
        return reply(result, stored);
    }

    private Reply reply(BatchResult result, List<Extraction> stored) {
        ObjectNode o = JSON.createObjectNode();
        o.put("summary", result.summary("ingested"));
        ArrayNode graphs = o.putArray("stored");
        for (Extraction x : stored) {
            graphs.addObject().put("origin", x.article().origin()).put("graph", mapper.iris().articleIri(x.article()))
                    .put("entities", x.entities().size()).put("events", x.events().size())
                    .put("quotes", x.quotes().size());
        }
        result.failures().forEach(o.putArray("problems")::add);
        boolean nothing = stored.isEmpty() && result.unchangedCount() == 0;
        return new Reply(nothing ? 422 : 200, o.toString());
    }

    private static Reply error(int status, String message) {
        return new Reply(status, JSON.createObjectNode().put("error", message).toString());
    }
}
