package org.sanxiang.casefile;

/**
 * The person recording an act: the account and whether it is the agency's head (机关负责人),
 * who alone decides.
 *
 * @param username the account
 * @param name the person's name
 * @param agencyHead whether the account holds the agency head's role
 */
public record Participant(String username, String name, boolean agencyHead) {
}
