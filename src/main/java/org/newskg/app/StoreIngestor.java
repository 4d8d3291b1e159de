package org.newskg.app;

import org.newskg.extraction.Extraction;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.source.Article;
import org.newskg.store.KgStore;

/**
 * Puts extractions into a store: each article replaces its own named graph in one transaction, and an
 * article whose text is already stored unchanged is skipped unless forced.
 */
public final class StoreIngestor {
    private final KgStore store;
    private final ExtractionMapper mapper;
    private final boolean force;

    public StoreIngestor(KgStore store, ExtractionMapper mapper, boolean force) {
        this.store = store;
        this.mapper = mapper;
        this.force = force;
    }

    /** True when the article is stored with the same text and need not be analysed again. */
    public boolean unchanged(Article a) {
        return !force && store.textHash(mapper.iris().articleIri(a)).map(a.textSha256()::equals).orElse(false);
    }

    public void put(Extraction x) {
        store.replaceGraph(mapper.iris().articleIri(x.article()), sink -> mapper.map(x, sink));
    }
}
