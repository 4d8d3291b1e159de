package org.newskg.nlp;

import org.newskg.extraction.Quote;
import org.newskg.extraction.Relation;
import org.newskg.extraction.Role;

/** Where extractors put what they find. */
interface FactSink {
    void relation(Relation r);

    void event(EventMention m);

    void quote(Quote q);

    /** A role with a status in time ("former", "acting", ...). */
    void role(Role r);
}
