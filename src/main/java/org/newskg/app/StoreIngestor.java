package org.newskg.app;

import java.util.List;

import org.newskg.extraction.Extraction;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.resolve.CrossArticleResolver;
import org.newskg.resolve.HappeningLinker;
import org.newskg.source.Article;
import org.newskg.store.KgStore;

/**
 * Puts extractions into a store: each article replaces its own named graph, whole articles are committed
 * together, and an article whose text is already stored unchanged is skipped unless forced.
 */
public final class StoreIngestor {
    private final KgStore store;
    private final ExtractionMapper mapper;
    private final boolean force;
    private final CrossArticleResolver resolver;
    private final HappeningLinker happenings;

    public StoreIngestor(KgStore store, ExtractionMapper mapper, boolean force) {
        this.store = store;
        this.mapper = mapper;
        this.force = force;
        this.resolver = store.readable() ? new CrossArticleResolver(mapper.iris()) : null;
        this.happenings = store.readable() ? new HappeningLinker(mapper.iris()) : null;
    }

    /**
     * Writes the store's happenings again from its article graphs (see {@link HappeningLinker}): called after
     * articles are added or removed, once per command or request rather than per article. Nothing for a
     * store that cannot be read (a Graph Store Protocol endpoint).
     */
    public void refreshHappenings() {
        if (happenings == null) {
            return;
        }
        store.writeBatch(batch -> {
            var triples = happenings.link(batch.dataset());
            org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(happenings.graphIri());
            batch.replaceGraph(happenings.graphIri(), sink -> triples.forEach(t -> sink.quad(
                    org.apache.jena.sparql.core.Quad.create(g, t))));
        });
    }

    /** Removes a stored article's graph (then {@link #refreshHappenings}); false when it was not stored. */
    public boolean remove(Article a) {
        return store.dropGraph(mapper.iris().articleIri(a));
    }

    /** True when the article is stored with the same text and need not be analysed again. */
    public boolean unchanged(Article a) {
        return !force && store.textHash(mapper.iris().articleIri(a)).map(a.textSha256()::equals).orElse(false);
    }

    /** Stores the extraction; its people are first matched with those other articles stored (see resolve). */
    public void put(Extraction x) {
        putAll(List.of(x));
    }

    /**
     * Stores extractions in one transaction, in order; each article's people are matched with those of the
     * articles stored before it, this batch's included.
     */
    public void putAll(List<Extraction> xs) {
        store.writeBatch(batch -> {
            for (Extraction x : xs) {
                Extraction resolved = resolver == null ? x : resolver.resolve(x, batch.dataset());
                batch.replaceGraph(mapper.iris().articleIri(x.article()), sink -> mapper.map(resolved, sink));
            }
        });
    }
}
