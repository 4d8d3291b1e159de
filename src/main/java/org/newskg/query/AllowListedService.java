package org.newskg.query;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The first link of the {@code SERVICE} chain: a call goes on only to an IRI of the allow-list, checked on
 * the IRI the call will use, after {@code BIND(IRI(...))} and other substitutions.
 */
final class AllowListedService implements ChainingServiceExecutor {
    private final IriAllowList allowed;

    AllowListedService(IriAllowList allowed) {
        this.allowed = allowed;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        String iri = opExecute.getService().isURI() ? opExecute.getService().getURI() : null;
        if (iri == null || !allowed.allows(iri)) {
            throw new QueryDeniedException("SERVICE " + (iri == null ? opExecute.getService() : "<" + iri + ">")
                    + " is not allowed: queries here make no outbound requests but to the endpoints their operator"
                    + " allowed (--allow-service)");
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
