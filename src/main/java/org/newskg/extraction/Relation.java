package org.newskg.extraction;

/**
 * A fact about an entity: {@code subject predicate object}, where the object is an entity key or a literal
 * as the predicate's {@link RelationType.ObjectKind} says.
 */
public record Relation(String subject, RelationType predicate, String object, Provenance provenance) {
    public boolean objectIsEntity() {
        return predicate.objectKind() == RelationType.ObjectKind.ENTITY;
    }
}
