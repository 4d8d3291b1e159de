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
    /** One colour per event class, none of them an entity type's, so that a legend tells the classes apart. */
    private static final java.util.Map<String, String> EVENT_COLORS = java.util.Map.ofEntries(
            java.util.Map.entry("Protest", "#e15759"), java.util.Map.entry("Strike", "#ff9da7"),
            java.util.Map.entry("Election", "#edc948"), java.util.Map.entry("Arrest", "#8b0000"),
            java.util.Map.entry("Repression", "#c44e52"), java.util.Map.entry("Assault", "#d62728"),
            java.util.Map.entry("Fight", "#a6361c"), java.util.Map.entry("MassViolence", "#5c0a0a"),
            java.util.Map.entry("Death", "#3b3b3b"), java.util.Map.entry("Movement", "#17becf"),
            java.util.Map.entry("Meeting", "#bcbd22"), java.util.Map.entry("Aid", "#00a087"),
            java.util.Map.entry("Cooperation", "#9467bd"), java.util.Map.entry("Sanction", "#7f3c8d"),
            java.util.Map.entry("Demand", "#f781bf"), java.util.Map.entry("Appeal", "#e377c2"),
            java.util.Map.entry("Threat", "#ff4500"), java.util.Map.entry("Criticism", "#d37295"),
            java.util.Map.entry("Rejection", "#6b3e26"), java.util.Map.entry("Investigation", "#1f3b73"),
            java.util.Map.entry("Founding", "#01665e"), java.util.Map.entry("Yield", "#c7c7c7"),
            java.util.Map.entry("Statement", "#7f7f7f"), java.util.Map.entry("Disaster", "#000000"),
            java.util.Map.entry("Acquisition", "#66c2a5"));

    public static String color(GraphNode n) {
        return switch (n.kind()) {
            case EVENT -> EVENT_COLORS.getOrDefault(n.type(), "#e15759");
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
