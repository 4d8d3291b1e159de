package org.newskg.extraction;

import java.util.List;

import org.newskg.source.Article;

/** Everything newskg found in one article. */
public record Extraction(Article article, List<Sentence> sentences, List<Entity> entities, List<Relation> relations,
                         List<Event> events, List<Quote> quotes, RunInfo run) {
    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }
}
