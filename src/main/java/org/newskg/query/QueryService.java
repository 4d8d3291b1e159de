package org.newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newskg.NewskgException;
import org.newskg.store.KgStore;

/**
 * Runs read-only SPARQL over a store, whose default graph is the union of all article graphs. Syntax errors
 * are reported with line and column; updates are refused.
 */
public final class QueryService {
    private final KgStore store;
    private final QueryLimits limits;
    private final Context guarded = new Context();

    /** Queries with a time limit, no outbound requests and no LOAD. */
    public QueryService(KgStore store, long timeoutSeconds) {
        this(store, QueryLimits.closed(Duration.ofSeconds(timeoutSeconds)));
    }

    public QueryService(KgStore store, QueryLimits limits) {
        this.store = store;
        this.limits = limits;
        QueryGuard.install(guarded, limits);
    }

    /** The context of one execution: Jena's and the store's (its union default graph), then the guard's. */
    private Context guardedFor(Dataset ds) {
        Context cxt = Context.mergeCopy(ARQ.getContext(), ds.getContext());
        cxt.putAll(guarded);
        return cxt;
    }

    /** Parses a query, turning Jena's parse errors into messages for users. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new NewskgException(source + ": this is a SPARQL update; newskg query only reads the store"
                        + " unless you pass --update");
            }
            // JavaCC's message names the offending token; getLine() may point at the token before it
            int line = e.getLine();
            int column = e.getColumn();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)")
                    .matcher(String.valueOf(e.getMessage()));
            while (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            String detail = firstLine(e.getMessage()).replaceAll("\\s*at line \\d+, column \\d+\\.?", "");
            throw new NewskgException(source + ": SPARQL syntax error at line " + line + ", column " + column
                    + ": " + detail);
        }
    }

    /** Parses a SPARQL update, with the same line-and-column messages as queries. */
    public static UpdateRequest parseUpdate(String sparql, String source) {
        try {
            return UpdateFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new NewskgException(source + ": SPARQL update syntax error at line " + e.getLine() + ", column "
                    + e.getColumn() + ": " + firstLine(e.getMessage()).replaceAll("\\s*at line \\d+, column \\d+\\.?",
                    ""));
        }
    }

    /** Runs an update in one write transaction: all of it is applied, or none. */
    public void update(UpdateRequest request) {
        try {
            store.update(ds -> UpdateExecution.dataset(ds).update(request).context(guardedFor(ds)).execute());
        } catch (QueryCancelledException e) {
            throw new NewskgException("update timed out after " + limits.timeout().toSeconds()
                    + " s (raise --timeout); nothing was changed");
        } catch (UpdateException | QueryException | OperationDeniedException e) {
            throw new NewskgException("update refused: " + e.getMessage() + "; nothing was changed");
        }
    }

    /** True when the text parses as a SPARQL update (and so not as a query). */
    public static boolean isUpdate(String sparql) {
        try {
            UpdateFactory.create(sparql);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").replaceFirst("^Line \\d+, column \\d+: ", "");
    }

    /** Runs the query and writes its result to {@code out}; returns the number of rows (or triples). */
    public long run(Query query, ResultFormat format, OutputStream out, int maxRows) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).context(guardedFor(ds))
                    .timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                if (query.isSelectType()) {
                    return select(qe.execSelect(), query, format, ps, maxRows);
                }
                if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format == ResultFormat.json) {
                        ResultSetFormatter.outputAsJSON(ps, b);
                    } else {
                        ps.println(b);
                    }
                    return 1L;
                }
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(ps, m, RDFFormat.TURTLE_PRETTY);
                return m.size();
            } catch (QueryCancelledException e) {
                throw new NewskgException("query timed out after " + limits.timeout().toSeconds()
                        + " s (raise --timeout)");
            } catch (QueryDeniedException e) {
                throw new NewskgException("query refused: " + e.getMessage());
            } catch (HttpException | QueryExceptionHTTP e) {
                throw new NewskgException("a SERVICE call failed or did not answer within "
                        + limits.timeout().toSeconds() + " s");
            }
        });
    }

    private static long select(ResultSet rs, Query query, ResultFormat format, PrintStream out, int maxRows) {
        List<Binding> rows = new ArrayList<>();
        long total = 0;
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            if (maxRows <= 0 || rows.size() < maxRows) {
                rows.add(b);
            }
            total++;
        }
        ResultSet limited = ResultSetStream.create(query.getProjectVars(), rows.iterator());
        switch (format) {
            case table -> ResultSetFormatter.out(out, limited, query);
            case csv -> ResultSetFormatter.outputAsCSV(out, limited);
            case tsv -> ResultSetFormatter.outputAsTSV(out, limited);
            case json -> ResultSetFormatter.outputAsJSON(out, limited);
        }
        return total;
    }
}
