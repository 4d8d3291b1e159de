package org.newskg.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.newskg.extraction.EntityType;

/** The schema.org classes of each {@link EntityType}. */
final class EntityTypes {
    private EntityTypes() {
    }

    static List<Node> of(EntityType t) {
        return switch (t) {
            case PERSON -> List.of(Vocab.schema("Person"));
            case ORGANIZATION -> List.of(Vocab.schema("Organization"));
            case COUNTRY -> List.of(Vocab.schema("Country"));
            case CITY -> List.of(Vocab.schema("City"));
            case ADMINISTRATIVE_AREA -> List.of(Vocab.schema("AdministrativeArea"));
            case PLACE -> List.of(Vocab.schema("Place"));
        };
    }
}
