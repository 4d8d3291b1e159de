package org.newskg;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/** Validates graphs against ontology/shapes.ttl; returns the report text when they do not conform. */
public final class ShapesValidator {
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology/shapes.ttl").toString()));

    private ShapesValidator() {
    }

    public static String violations(Graph g) {
        ValidationReport r = ShaclValidator.get().validate(SHAPES, g);
        if (r.conforms()) {
            return "";
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ShLib.printReport(out, r);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
