package org.newskg.extraction;

/**
 * The facts newskg states about entities (DESIGN §3). {@code vocabulary} is "schema" or "nkg";
 * {@code objectKind} says whether the object is an entity or a literal of which datatype.
 */
public enum RelationType {
    JOB_TITLE("schema", "jobTitle", ObjectKind.STRING),
    AGE("nkg", "age", ObjectKind.INTEGER),
    WORKS_FOR("schema", "worksFor", ObjectKind.ENTITY),
    MEMBER_OF("schema", "memberOf", ObjectKind.ENTITY),
    AFFILIATION("schema", "affiliation", ObjectKind.ENTITY),
    LEADER_OF("nkg", "leaderOf", ObjectKind.ENTITY),
    SPOUSE("schema", "spouse", ObjectKind.ENTITY),
    CHILDREN("schema", "children", ObjectKind.ENTITY),
    PARENT("schema", "parent", ObjectKind.ENTITY),
    SIBLING("schema", "sibling", ObjectKind.ENTITY),
    RELATED_TO("schema", "relatedTo", ObjectKind.ENTITY),
    COLLEAGUE("schema", "colleague", ObjectKind.ENTITY),
    HOME_LOCATION("schema", "homeLocation", ObjectKind.ENTITY),
    NATIONALITY("schema", "nationality", ObjectKind.ENTITY),
    BIRTH_PLACE("schema", "birthPlace", ObjectKind.ENTITY),
    DEATH_PLACE("schema", "deathPlace", ObjectKind.ENTITY),
    BIRTH_DATE("schema", "birthDate", ObjectKind.DATE),
    DEATH_DATE("schema", "deathDate", ObjectKind.DATE),
    CONTAINED_IN_PLACE("schema", "containedInPlace", ObjectKind.ENTITY),
    LOCATION("schema", "location", ObjectKind.ENTITY),
    FOUNDER("schema", "founder", ObjectKind.ENTITY),
    FOUNDING_DATE("schema", "foundingDate", ObjectKind.DATE),
    PARENT_ORGANIZATION("schema", "parentOrganization", ObjectKind.ENTITY),
    SUB_ORGANIZATION("schema", "subOrganization", ObjectKind.ENTITY),
    MEMBER("schema", "member", ObjectKind.ENTITY);

    public enum ObjectKind { ENTITY, STRING, INTEGER, DATE }

    private final String vocabulary;
    private final String localName;
    private final ObjectKind objectKind;

    RelationType(String vocabulary, String localName, ObjectKind objectKind) {
        this.vocabulary = vocabulary;
        this.localName = localName;
        this.objectKind = objectKind;
    }

    public String vocabulary() {
        return vocabulary;
    }

    public String localName() {
        return localName;
    }

    /** The type whose property has this local name ("jobTitle"), or null. */
    public static RelationType ofLocalName(String name) {
        for (RelationType t : values()) {
            if (t.localName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    public ObjectKind objectKind() {
        return objectKind;
    }

    /** True when the relation holds both ways (spouse, sibling, colleague, relatedTo). */
    public boolean symmetric() {
        return this == SPOUSE || this == SIBLING || this == COLLEAGUE || this == RELATED_TO;
    }
}
