package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.extraction.RelationType;

/** Predicates and literal objects of {@link RelationType}s. */
final class RelationTerms {
    private RelationTerms() {
    }

    static Node predicate(RelationType t) {
        return t.vocabulary().equals("nkg") ? Vocab.nkg(t.localName()) : Vocab.schema(t.localName());
    }

    static Node literal(RelationType t, String value) {
        return switch (t.objectKind()) {
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            case DATE -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            case ENTITY -> throw new IllegalArgumentException(t + " takes an entity, not a literal");
        };
    }
}
