package org.newskg.export.graph;

import java.util.Locale;
import java.util.Set;

/** Colours and sizes shared by every graph format, so a person is the same blue in Gephi, yEd and the viewer. */
public final class NodeStyle {
    private static final Set<String> PLACES = Set.of("Country", "City", "AdministrativeArea", "Place");

    private NodeStyle() {
    }

    public static boolean isPlace(String type) {
        return PLACES.contains(type);
    }

    /** A colour as "#rrggbb" (lower case) for a node type; every event class shares one colour. */
    public static String color(GraphNode n) {
        return switch (n.kind()) {
            case EVENT -> "#e15759";
            case QUOTE -> "#b07aa1";
            case ARTICLE -> "#9c755f";
            case ENTITY -> switch (n.type()) {
                case "Person" -> "#4e79a7";
                case "Organization" -> "#f28e2b";
                case "Country" -> "#59a14f";
                case "City" -> "#8cd17d";
                case "AdministrativeArea" -> "#76b7b2";
                default -> "#b6992d";
            };
        };
    }

    /** Red, green and blue of {@link #color}. */
    public static int[] rgb(GraphNode n) {
        String c = color(n);
        return new int[] {Integer.parseInt(c.substring(1, 3), 16), Integer.parseInt(c.substring(3, 5), 16),
            Integer.parseInt(c.substring(5, 7), 16)};
    }

    /** A node diameter that grows with the square root of the mentions: 20 for one mention, at most 80. */
    public static double size(GraphNode n) {
        return Math.min(80.0, 14.0 + 6.0 * Math.sqrt(Math.max(1, n.mentions())));
    }

    /** The shape graph tools should draw: ellipse for people, rectangles for organizations, and so on. */
    public static String shape(GraphNode n) {
        return switch (n.kind()) {
            case EVENT -> "diamond";
            case QUOTE -> "parallelogram";
            case ARTICLE -> "rectangle";
            case ENTITY -> n.type().equals("Person") ? "ellipse"
                    : n.type().equals("Organization") ? "roundrectangle" : "hexagon";
        };
    }

    /** Two decimals at most, no exponent, never locale-dependent: "12.5", "3". */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
