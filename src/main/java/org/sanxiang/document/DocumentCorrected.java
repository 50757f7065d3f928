package org.sanxiang.document;

import java.time.Instant;

/**
 * An issued or voided document was corrected (更正): the correcting document, which names
 * it, was issued. Registered by {@link Document#issue} beside {@link DocumentIssued},
 * which is the act sealed and audited; this event tells other modules which document the
 * new one replaces (publicity: the correction is published in its place).
 */
public record DocumentCorrected(long correctedId, long documentId, String number, String typeCode, Long partyId,
		long agencyId, Instant issuedAt) {

}
