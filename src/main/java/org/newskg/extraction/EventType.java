package org.newskg.extraction;

/** Event classes aligned with CAMEO (DESIGN §3); the local name of each {@code nkg:} class. */
public enum EventType {
    PROTEST("Protest", "14"), STRIKE("Strike", "143"), ELECTION("Election", null), ARREST("Arrest", "173"),
    REPRESSION("Repression", "175"), ASSAULT("Assault", "18"), FIGHT("Fight", "19"),
    MASS_VIOLENCE("MassViolence", "20"), DEATH("Death", null), MOVEMENT("Movement", null),
    MEETING("Meeting", "04"), AID("Aid", "07"), COOPERATION("Cooperation", "06"), SANCTION("Sanction", "16"),
    DEMAND("Demand", "10"), APPEAL("Appeal", "02"), THREAT("Threat", "13"), CRITICISM("Criticism", "11"),
    REJECTION("Rejection", "12"), INVESTIGATION("Investigation", "09"), FOUNDING("Founding", null),
    YIELD("Yield", "08"), STATEMENT("Statement", "01"), DISASTER("Disaster", null), ACQUISITION("Acquisition", null);

    private final String localName;
    private final String cameo;

    EventType(String localName, String cameo) {
        this.localName = localName;
        this.cameo = cameo;
    }

    public String localName() {
        return localName;
    }

    /** The CAMEO root or sub-code, or null where CAMEO has no such class. */
    public String cameo() {
        return cameo;
    }

    public static EventType ofLocalName(String name) {
        for (EventType t : values()) {
            if (t.localName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event class: " + name);
    }
}
