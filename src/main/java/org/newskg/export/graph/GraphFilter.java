package org.newskg.export.graph;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.newskg.NewskgException;
import org.newskg.export.graph.GraphNode.NodeKind;

/**
 * What part of the store the property-graph view shows. Immutable; {@link #everything()} is the default and the
 * {@code with…} methods give changed copies.
 *
 * @param entityTypes entity type names to keep (person, organization, place, country, city, area); empty = all
 * @param include     the node kinds besides entities to add (events, quotes, articles)
 * @param coMentions  whether to add weighted co-mention edges between entities
 * @param minMentions drop entities named fewer times than this
 * @param minWeight   drop edges lighter than this
 * @param from        only articles dated on or after this day (null: no bound)
 * @param to          only articles dated on or before this day (null: no bound)
 * @param article     only this article (its IRI, or the id after "article/"), or null
 * @param focus       only the neighbourhood of this entity (id, IRI or name), or null
 * @param depth       how many hops around {@code focus}
 * @param top         keep only the N entities mentioned most (0: all; {@link #AUTO_TOP}: all up to
 *                    {@link #DEFAULT_TOP}, else the {@link #DEFAULT_TOP} mentioned most)
 */
public record GraphFilter(Set<String> entityTypes, Set<NodeKind> include, CoMentions coMentions, int minMentions,
        double minWeight, LocalDate from, LocalDate to, String article, String focus, int depth, int top) {

    /**
     * Co-mention edges: none, between entities named in one sentence, or in one article; AUTO adds the sentence
     * ones only when the facts alone would leave most entities without an edge.
     */
    public enum CoMentions { NONE, SENTENCE, ARTICLE, AUTO }

    /** How many entities the default view of a large store keeps. */
    public static final int DEFAULT_TOP = 300;
    /** The value of {@code top} that asks for {@link #DEFAULT_TOP} on large stores and all entities on others. */
    public static final int AUTO_TOP = -1;

    private static final Set<String> TYPE_NAMES = Set.of("person", "organization", "place", "country", "city",
            "area");

    public GraphFilter {
        entityTypes = Set.copyOf(entityTypes);
        include = include.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(include));
        for (String t : entityTypes) {
            if (!TYPE_NAMES.contains(t)) {
                throw NewskgException.usage("unknown entity type '" + t + "'; use " + String.join(", ",
                        new java.util.TreeSet<>(TYPE_NAMES)));
            }
        }
        if (include.contains(NodeKind.ENTITY)) {
            throw new IllegalArgumentException("entities are always included");
        }
        if (depth < 0 || top < AUTO_TOP || minMentions < 0) {
            throw NewskgException.usage("--depth, --top and --min-mentions cannot be negative");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw NewskgException.usage("--from " + from + " is after --to " + to);
        }
    }

    public static GraphFilter everything() {
        return new GraphFilter(Set.of(), Set.of(), CoMentions.NONE, 0, 0, null, null, null, null, 1, 0);
    }

    public GraphFilter withEntityTypes(Set<String> types) {
        return new GraphFilter(types, include, coMentions, minMentions, minWeight, from, to, article, focus, depth,
                top);
    }

    public GraphFilter withInclude(Set<NodeKind> kinds) {
        return new GraphFilter(entityTypes, kinds, coMentions, minMentions, minWeight, from, to, article, focus,
                depth, top);
    }

    public GraphFilter withCoMentions(CoMentions c) {
        return new GraphFilter(entityTypes, include, c, minMentions, minWeight, from, to, article, focus, depth, top);
    }

    public GraphFilter withMinimums(int mentions, double weight) {
        return new GraphFilter(entityTypes, include, coMentions, mentions, weight, from, to, article, focus, depth,
                top);
    }

    public GraphFilter withDates(LocalDate start, LocalDate end) {
        return new GraphFilter(entityTypes, include, coMentions, minMentions, minWeight, start, end, article, focus,
                depth, top);
    }

    public GraphFilter withArticle(String a) {
        return new GraphFilter(entityTypes, include, coMentions, minMentions, minWeight, from, to, a, focus, depth,
                top);
    }

    public GraphFilter withFocus(String entity, int hops) {
        return new GraphFilter(entityTypes, include, coMentions, minMentions, minWeight, from, to, article, entity,
                hops, top);
    }

    public GraphFilter withTop(int n) {
        return new GraphFilter(entityTypes, include, coMentions, minMentions, minWeight, from, to, article, focus,
                depth, n);
    }

    /** True when an article of this date passes the date range; undated articles pass only when there is none. */
    boolean acceptsDate(String isoDate) {
        if (from == null && to == null) {
            return true;
        }
        if (isoDate == null) {
            return false;
        }
        LocalDate d = LocalDate.parse(isoDate);
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** True when an entity of this schema.org type passes the type filter. */
    boolean acceptsType(String type) {
        if (entityTypes.isEmpty()) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return entityTypes.contains(t) || entityTypes.contains("area") && t.equals("administrativearea")
                || entityTypes.contains("place") && NodeStyle.isPlace(type);
    }
}
