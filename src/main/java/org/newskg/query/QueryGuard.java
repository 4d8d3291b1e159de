package org.newskg.query;

import java.net.http.HttpClient;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Puts a store's SPARQL executions under {@link QueryLimits}, through the store's own Jena context, so that
 * the command line and the server (Fuseki) are guarded alike:
 * <ul>
 * <li>the time limit covers the whole query or update, and {@code REGEX}/{@code REPLACE} are matched on text
 *     that stops when the query is cancelled ({@link CancellableRegex});</li>
 * <li>{@code SERVICE} is off (Jena's {@code httpServiceAllowed}) unless IRIs are allowed, and then reaches
 *     only those, with the same time limit and no redirects;</li>
 * <li>{@code LOAD} reads only allowed IRIs ({@link GuardedUpdates});</li>
 * <li>sorts spill to disk past {@link QueryLimits#spillThreshold()} bindings and stop when their query is
 *     cancelled ({@link GuardedOpExecutor}), and long queries are cancelled when the heap runs short
 *     ({@link RunningQueries}).</li>
 * </ul>
 */
public final class QueryGuard {
    /** Where the limits sit in a context; {@link GuardedUpdates} takes the datasets that have them. */
    static final Symbol LIMITS = Symbol.create("https://w3id.org/newskg/ns#queryLimits");

    private QueryGuard() {
    }

    public static void install(Context cxt, QueryLimits limits) {
        long millis = limits.timeout().toMillis();
        cxt.set(LIMITS, limits);
        cxt.set(ARQ.queryTimeout, Long.toString(millis));
        cxt.set(ARQ.updateTimeout, Long.toString(millis));
        cxt.set(ARQ.spillToDiskThreshold, limits.spillThreshold());
        IriAllowList services = new IriAllowList(limits.serviceAllowed());
        cxt.set(ARQ.httpServiceAllowed, !services.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new AllowListedService(services));
        ServiceExecutorRegistry.set(cxt, registry);
        cxt.set(ARQ.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.timeout()).build());
        cxt.set(ARQ.httpQueryTimeout, millis);
        cxt.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) QueryGuard::rewriter);
        QC.setFactory(cxt, GuardedOpExecutor.FACTORY);
        GuardedUpdates.register();
    }

    /** Jena's optimizer, after turning REGEX and REPLACE into their cancellable forms. */
    private static Rewrite rewriter(Context cxt) {
        RunningQueries.started(Context.getCancelSignal(cxt));
        Rewrite standard = Optimize.getFactory().create(cxt);
        return op -> standard.rewrite(cancellableRegex(op));
    }

    static Op cancellableRegex(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new CancellableRegex.Match(args);
                }
                if (func instanceof E_StrReplace) {
                    return new CancellableRegex.Replace(args);
                }
                return super.transform(func, args);
            }
        }, op);
    }
}
