package org.sanxiang.audit;

import java.time.OffsetDateTime;

/** One audit record as the viewer and the export show it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String username, Long agencyId, String action,
		String objectType, String objectId, String result, String clientAddress, String detail) {
}
