package org.newskg.extraction;

/**
 * A role the text gives a person with its status in time: "former union leader Sir Bill Morris" (the title
 * "union leader", former), "X, the interim chief executive of Y" (interim, in the organization Y).
 *
 * @param holder       the person's entity key
 * @param title        the role's words, without the status word ("union leader")
 * @param organization the entity key of the organization or country the role is in, or null
 */
public record Role(String holder, String title, String organization, RoleStatus status, Provenance provenance) {
}
