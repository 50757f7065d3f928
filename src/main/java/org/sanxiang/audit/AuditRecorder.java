package org.sanxiang.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import org.sanxiang.core.Actor;
import org.sanxiang.core.AuditableEvent;
import org.sanxiang.platform.CurrentActor;
import org.sanxiang.core.AuditableEvent.Outcome;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit records. A state change is recorded in the transaction of the change
 * itself (both or neither are kept); a refusal or failure is recorded in its own
 * transaction, because the refused work is rolled back.
 */
@Component
class AuditRecorder {

	static final int DETAIL_LENGTH = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate separate;

	AuditRecorder(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(AuditableEvent event) {
		Actor actor = CurrentActor.orNull();
		record(actor == null ? "system" : actor.username(), actor, event.action(), event.objectType(), event.objectId(),
				event.objectLabel(), event.outcome(), event.detail());
	}

	void record(String username, Actor actor, String action, String objectType, String objectId, Outcome outcome,
			String detail) {
		record(username, actor, action, objectType, objectId, null, outcome, detail);
	}

	void record(String username, Actor actor, String action, String objectType, String objectId, String objectLabel,
			Outcome outcome, String detail) {
		Runnable insert = () -> this.jdbc.sql("""
				insert into audit_record (occurred_at, username, agency_id, agency_path, agency_name, action,
				  object_type, object_id, object_label, result, client_address, detail)
				values (:at, :username, :agencyId, :agencyPath, :agencyName, :action, :objectType, :objectId,
				  :objectLabel, :result, :client, :detail)""")
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("username", AuditText.escape(username, 64))
			.param("agencyId", actor == null ? null : actor.agencyId())
			.param("agencyPath", actor == null ? null : actor.agencyPath())
			.param("agencyName", actor == null ? null : AuditText.escape(actor.agencyName(), 200))
			.param("action", AuditText.escape(action, 64))
			.param("objectType", AuditText.escape(objectType, 64))
			.param("objectId", AuditText.escape(objectId, 64))
			.param("objectLabel",
					(objectLabel == null || objectLabel.isBlank()) ? null : AuditText.escape(objectLabel, 200))
			.param("result", outcome.name())
			.param("client", clientAddress())
			.param("detail", AuditText.escape(detail, DETAIL_LENGTH))
			.update();
		if (outcome == Outcome.SUCCESS) {
			insert.run();
		}
		else {
			this.separate.executeWithoutResult((status) -> insert.run());
		}
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return AuditText.escape(request.getRemoteAddr(), 64);
		}
		return null;
	}

}
