package org.sanxiang.subject;

import java.time.LocalDateTime;

/** One entry of a party's change list: who, when, what kind of change, which fields. */
record PartyChange(LocalDateTime changedAt, String username, String change, String fields) {

}
