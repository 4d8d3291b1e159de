package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extraction.Quote;
import org.newskg.extraction.Relation;
import org.newskg.extraction.Role;

/** What the extractors of one article emitted, in the order they emitted it. */
final class Facts implements FactSink {
    final List<Relation> relations = new ArrayList<>();
    final List<EventMention> events = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();

    @Override
    public void relation(Relation r) {
        relations.add(r);
    }

    @Override
    public void event(EventMention m) {
        events.add(m);
    }

    @Override
    public void quote(Quote q) {
        quotes.add(q);
    }

    @Override
    public void role(Role r) {
        roles.add(r);
    }
}
