package org.newskg.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Cytoscape desktop style of a cyjs export, in the vizmap XML that its File → Import → Styles from File
 * reads (the {@code .style.json} beside it is Cytoscape.js's, which the desktop only writes). It maps the
 * columns the cyjs file carries: colour, size and shape from {@code color}, {@code size} and {@code shape},
 * labels from {@code name} and {@code label}, width from {@code weight}, and no arrowhead, a dashed line, for
 * co-mentions.
 */
final class CytoscapeVizmap {
    static final String STYLE_NAME = "newskg";
    /** Cytoscape.js shape names in the cyjs data, and the desktop's names for them. */
    static final Map<String, String> SHAPES = new java.util.TreeMap<>(Map.of("ellipse", "ELLIPSE",
            "round-rectangle", "ROUND_RECTANGLE", "hexagon", "HEXAGON", "diamond", "DIAMOND", "rhomboid",
            "PARALLELOGRAM", "rectangle", "RECTANGLE"));

    private CytoscapeVizmap() {
    }

    static void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
            w.write("<vizmap id=\"VizMap-" + STYLE_NAME + "\" documentVersion=\"3.1\">\n");
            w.write("  <visualStyle name=\"" + STYLE_NAME + "\">\n");
            w.write("    <network>\n");
            fixed(w, "NETWORK_BACKGROUND_PAINT", "#FFFFFF");
            w.write("    </network>\n    <node>\n");
            w.write("      <dependency name=\"nodeSizeLocked\" value=\"true\"/>\n");
            passthrough(w, "NODE_FILL_COLOR", "#888888", "color", "string");
            passthrough(w, "NODE_LABEL", "", "name", "string");
            passthrough(w, "NODE_SIZE", "30.0", "size", "float");
            w.write("      <visualProperty name=\"NODE_SHAPE\" default=\"ELLIPSE\">\n");
            w.write("        <discreteMapping attributeName=\"shape\" attributeType=\"string\">\n");
            for (Map.Entry<String, String> s : SHAPES.entrySet()) {
                entry(w, s.getKey(), s.getValue());
            }
            w.write("        </discreteMapping>\n      </visualProperty>\n");
            fixed(w, "NODE_LABEL_FONT_SIZE", "10");
            fixed(w, "NODE_LABEL_POSITION", "S,N,c,0.00,2.00");
            fixed(w, "NODE_BORDER_WIDTH", "1.0");
            fixed(w, "NODE_BORDER_PAINT", "#333333");
            w.write("    </node>\n    <edge>\n");
            w.write("      <dependency name=\"arrowColorMatchesEdge\" value=\"true\"/>\n");
            passthrough(w, "EDGE_LABEL", "", "label", "string");
            fixed(w, "EDGE_LABEL_FONT_SIZE", "8");
            fixed(w, "EDGE_LABEL_COLOR", "#555555");
            fixed(w, "EDGE_STROKE_UNSELECTED_PAINT", "#999999");
            byType(w, "EDGE_TARGET_ARROW_SHAPE", "DELTA", "NONE");
            byType(w, "EDGE_LINE_TYPE", "SOLID", "EQUAL_DASH");
            w.write("      <visualProperty name=\"EDGE_WIDTH\" default=\"1.0\">\n");
            w.write("        <continuousMapping attributeName=\"weight\" attributeType=\"float\">\n");
            w.write("          <continuousMappingPoint attrValue=\"1.0\" equalValue=\"1.0\" greaterValue=\"1.0\""
                    + " lesserValue=\"1.0\"/>\n");
            w.write("          <continuousMappingPoint attrValue=\"10.0\" equalValue=\"6.0\" greaterValue=\"6.0\""
                    + " lesserValue=\"6.0\"/>\n");
            w.write("        </continuousMapping>\n      </visualProperty>\n");
            w.write("    </edge>\n  </visualStyle>\n</vizmap>\n");
        }
    }

    private static void fixed(Writer w, String property, String value) throws IOException {
        w.write("      <visualProperty name=\"" + property + "\" default=\"" + value + "\"/>\n");
    }

    private static void passthrough(Writer w, String property, String dflt, String column, String type)
            throws IOException {
        w.write("      <visualProperty name=\"" + property + "\" default=\"" + dflt + "\">\n");
        w.write("        <passthroughMapping attributeName=\"" + column + "\" attributeType=\"" + type + "\"/>\n");
        w.write("      </visualProperty>\n");
    }

    /** A property whose value is {@code fact} on facts and {@code coMention} on co-mentions. */
    private static void byType(Writer w, String property, String fact, String coMention) throws IOException {
        w.write("      <visualProperty name=\"" + property + "\" default=\"" + fact + "\">\n");
        w.write("        <discreteMapping attributeName=\"type\" attributeType=\"string\">\n");
        entry(w, "coMention", coMention);
        w.write("        </discreteMapping>\n      </visualProperty>\n");
    }

    private static void entry(Writer w, String attributeValue, String value) throws IOException {
        w.write("          <discreteMappingEntry attributeValue=\"" + attributeValue + "\" value=\"" + value
                + "\"/>\n");
    }
}
