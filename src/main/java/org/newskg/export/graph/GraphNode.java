package org.newskg.export.graph;

import java.util.List;

/**
 * One node of the property-graph view: an entity, or on request an event, a quotation or an article.
 *
 * @param id        stable id: the IRI relative to the base ("person/ada-lovelace")
 * @param label     the name shown in graph tools
 * @param kind      entity, event, quote or article
 * @param type      the most specific class: Person, Organization, Country, City, AdministrativeArea, Place,
 *                  an event class (Protest, Arrest, …), Quotation or NewsArticle
 * @param iri       the full IRI in the store
 * @param link      the Wikipedia page the entity is linked to, or null
 * @param mentions  how often the articles name it
 * @param articles  in how many articles it occurs
 * @param firstDate the earliest article date (ISO yyyy-mm-dd), or null when no article has a date
 * @param lastDate  the latest article date, or null
 * @param facts     literal facts (job title, age, dates, quoted text) with their evidence
 * @param x         layout position
 * @param y         layout position
 */
public record GraphNode(String id, String label, NodeKind kind, String type, String iri, String link, int mentions,
        int articles, String firstDate, String lastDate, List<Fact> facts, double x, double y) {

    public GraphNode {
        facts = List.copyOf(facts);
    }

    public GraphNode at(double newX, double newY) {
        return new GraphNode(id, label, kind, type, iri, link, mentions, articles, firstDate, lastDate, facts, newX,
                newY);
    }

    /** The kinds of node; entities are always in the view, the others on request. */
    public enum NodeKind {
        ENTITY, EVENT, QUOTE, ARTICLE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
