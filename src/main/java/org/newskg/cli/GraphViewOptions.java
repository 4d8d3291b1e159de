package org.newskg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.NewskgException;
import org.newskg.export.graph.GraphFilter;
import org.newskg.export.graph.GraphNode.NodeKind;

import picocli.CommandLine.Option;

/** The options that shape the property-graph view of the graph-tool exports. */
final class GraphViewOptions {
    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Only these entity types: person, organization, place, country, city, area"
                    + " (comma-separated; default: all).")
    List<String> types = List.of();

    @Option(names = "--include", split = ",", paramLabel = "KIND",
            description = "Add these nodes besides entities: events, quotes, articles (comma-separated).")
    List<String> include = List.of();

    @Option(names = "--co-mentions", paramLabel = "SCOPE", defaultValue = "auto",
            description = "Add weighted, undirected edges between entities named in the same sentence or article:"
                    + " none, sentence, article, or auto: sentence when the facts alone would leave most"
                    + " entities without an edge (default: ${DEFAULT-VALUE}).")
    String coMentions;

    @Option(names = "--min-mentions", paramLabel = "N", defaultValue = "0",
            description = "Leave out entities named fewer than N times.")
    int minMentions;

    @Option(names = "--min-weight", paramLabel = "W", defaultValue = "0",
            description = "Leave out edges lighter than W (articles for facts, sentences or articles for"
                    + " co-mentions).")
    double minWeight;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles dated on or after DATE (yyyy-mm-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles dated on or before DATE.")
    String to;

    @Option(names = "--article", paramLabel = "ARTICLE",
            description = "Only one article: its IRI or the id after 'article/'. Works for RDF formats too.")
    String article;

    @Option(names = "--focus", paramLabel = "ENTITY",
            description = "Only the neighbourhood of one entity: its name, IRI or id (person/ada-lovelace).")
    String focus;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "Hops around --focus (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--top", paramLabel = "N",
            description = "Keep only the N most-mentioned entities; 0 keeps all (default: all up to "
                    + GraphFilter.DEFAULT_TOP + " entities, else the " + GraphFilter.DEFAULT_TOP
                    + " most-mentioned).")
    Integer top;

    /** True when --top was left to its default, which cuts a large store's view to the most-mentioned. */
    boolean topByDefault() {
        return top == null;
    }

    /** True when any option beyond --article was given; those apply to graph formats only. */
    boolean shapesTheView() {
        return !types.isEmpty() || !include.isEmpty() || !coMentions.equals("auto") || minMentions > 0
                || minWeight > 0 || from != null || to != null || focus != null || top != null;
    }

    GraphFilter filter() {
        if (top != null && top < 0) {
            throw NewskgException.usage("--top cannot be negative (0 keeps every entity)");
        }
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        for (String k : include) {
            switch (k.trim().toLowerCase(Locale.ROOT)) {
                case "events", "event" -> kinds.add(NodeKind.EVENT);
                case "quotes", "quote" -> kinds.add(NodeKind.QUOTE);
                case "articles", "article" -> kinds.add(NodeKind.ARTICLE);
                default -> throw NewskgException.usage("--include: unknown kind '" + k
                        + "'; use events, quotes or articles");
            }
        }
        Set<String> t = new LinkedHashSet<>();
        types.forEach(s -> t.add(s.trim().toLowerCase(Locale.ROOT)));
        GraphFilter.CoMentions co;
        try {
            co = GraphFilter.CoMentions.valueOf(coMentions.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NewskgException.usage("--co-mentions: use none, sentence, article or auto, not '" + coMentions
                    + "'");
        }
        return GraphFilter.everything().withEntityTypes(t).withInclude(kinds).withCoMentions(co)
                .withMinimums(minMentions, minWeight).withDates(date("--from", from), date("--to", to))
                .withArticle(article).withFocus(focus, depth).withTop(top == null ? GraphFilter.AUTO_TOP : top);
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw NewskgException.usage(option + ": '" + value + "' is not a date like 2020-08-16");
        }
    }
}
