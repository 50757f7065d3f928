package org.sanxiang.subject;

import java.time.Instant;

/** One entry of a party's change list: who, when, what kind of change, which fields. */
public record PartyChange(Instant changedAt, String username, String change, String fields) {

}
