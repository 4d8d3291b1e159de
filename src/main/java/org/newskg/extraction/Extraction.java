package org.newskg.extraction;

import java.util.List;

import org.newskg.source.Article;

/**
 * Everything newskg found in one article.
 *
 * @param roles the roles the text gives a status in time ("former", "acting", ...); the relations of a former
 *              role's sentence that state it as current are removed (nlp's PastRoles)
 */
public record Extraction(Article article, List<Sentence> sentences, List<Entity> entities, List<Relation> relations,
                         List<Role> roles, List<Event> events, List<Quote> quotes, RunInfo run) {
    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** An extraction without roles in time. */
    public Extraction(Article article, List<Sentence> sentences, List<Entity> entities, List<Relation> relations,
                      List<Event> events, List<Quote> quotes, RunInfo run) {
        this(article, sentences, entities, relations, List.of(), events, quotes, run);
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }
}
