package org.newskg.query;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's operator executor, with sorts that stop when the query is cancelled. Jena's sort notices a time-out
 * only through its own abort flag, which a cancel signal set elsewhere (the heap guard) does not raise, and
 * it merges its spill files without looking at either: a large sort could run on long after its query's
 * time limit. Here every comparison of a sort, in memory or while merging, checks the cancel signal.
 */
final class GuardedOpExecutor extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = GuardedOpExecutor::new;

    private GuardedOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        QueryIterator sub = exec(opOrder.getSubOp(), input);
        Comparator<Binding> order = new BindingComparator(opOrder.getConditions(), execCxt);
        AtomicBoolean cancelled = execCxt.getCancelSignal();
        Comparator<Binding> checked = cancelled == null ? order : (a, b) -> {
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
            return order.compare(a, b);
        };
        return new QueryIterSort(sub, checked, execCxt);
    }
}
