package org.newskg.extraction;

import java.util.Locale;

/**
 * What a word before a title says of the role in time, as of the article's date: "former" and "ex-" roles no
 * longer hold; "acting", "interim", "incoming" (also "newly elected") and "outgoing" ones hold, with
 * that status.
 */
public enum RoleStatus {
    FORMER(false),
    ACTING(true),
    INTERIM(true),
    INCOMING(true),
    OUTGOING(true);

    private final boolean holds;

    RoleStatus(boolean holds) {
        this.holds = holds;
    }

    /** Whether the role holds on the article's date (a former one does not). */
    public boolean holds() {
        return holds;
    }

    /** The status's name in the vocabulary: "Former", "Acting", .... */
    public String localName() {
        String n = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** The status a words file names ("former", "acting", ...). */
    public static RoleStatus of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
