package org.newskg.nlp;

import org.newskg.extraction.Quote;
import org.newskg.extraction.Relation;

/** Where extractors put what they find. */
interface FactSink {
    void relation(Relation r);

    void event(EventMention m);

    void quote(Quote q);
}
