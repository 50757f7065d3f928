package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a penalty case records about service and about everything after the decision: the
 * service modes, the payment due date and any approved 分期/延期, the payments with their
 * dates, 当场收缴 handed in late, 复议/诉讼 and their outcomes, 催告, the court application and
 * ruling, the revocation of the decision, and the digest of the archived 案卷. Part of the
 * {@link PenaltyCase} aggregate (one row per case, table {@code case_execution}), changed
 * only through the case's acts.
 */
@Table("case_execution")
class CaseExecution {

	private static final TypeReference<List<Instalment>> INSTALMENTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Instalment>> PAYMENTS = INSTALMENTS;

	private static final TypeReference<List<Remedy>> REMEDIES = new TypeReference<>() {
	};

	ServiceMode noticeServiceMode;

	ServiceMode decisionServiceMode;

	LocalDate paymentDueOn;

	LocalDate planGrantedOn;

	String instalments;

	String payments;

	boolean lateHandIn;

	String remedies;

	LocalDate remindedOn;

	LocalDate courtAppliedOn;

	String courtRuling;

	LocalDate courtRuledOn;

	LocalDate revokedOn;

	String caseFileSha256;

	@PersistenceCreator
	CaseExecution(ServiceMode noticeServiceMode, ServiceMode decisionServiceMode, LocalDate paymentDueOn,
			LocalDate planGrantedOn, String instalments, String payments, boolean lateHandIn, String remedies,
			LocalDate remindedOn, LocalDate courtAppliedOn, String courtRuling, LocalDate courtRuledOn,
			LocalDate revokedOn, String caseFileSha256) {
		this.noticeServiceMode = noticeServiceMode;
		this.decisionServiceMode = decisionServiceMode;
		this.paymentDueOn = paymentDueOn;
		this.planGrantedOn = planGrantedOn;
		this.instalments = instalments;
		this.payments = payments;
		this.lateHandIn = lateHandIn;
		this.remedies = remedies;
		this.remindedOn = remindedOn;
		this.courtAppliedOn = courtAppliedOn;
		this.courtRuling = courtRuling;
		this.courtRuledOn = courtRuledOn;
		this.revokedOn = revokedOn;
		this.caseFileSha256 = caseFileSha256;
	}

	static CaseExecution none() {
		return new CaseExecution(null, null, null, null, null, null, false, null, null, null, null, null, null, null);
	}

	List<Instalment> instalments() {
		return (this.instalments == null) ? List.of() : CaseEntry.JSON.readValue(this.instalments, INSTALMENTS);
	}

	void instalments(List<Instalment> plan) {
		this.instalments = plan.isEmpty() ? null : CaseEntry.JSON.writeValueAsString(plan);
	}

	/** The payments, each as the day and the amount. */
	List<Instalment> payments() {
		return (this.payments == null) ? List.of() : CaseEntry.JSON.readValue(this.payments, PAYMENTS);
	}

	void pay(LocalDate on, BigDecimal amount) {
		List<Instalment> all = new ArrayList<>(payments());
		all.add(new Instalment(on, amount));
		this.payments = CaseEntry.JSON.writeValueAsString(all);
	}

	List<Remedy> remedies() {
		return (this.remedies == null) ? List.of() : CaseEntry.JSON.readValue(this.remedies, REMEDIES);
	}

	void remedies(List<Remedy> all) {
		this.remedies = all.isEmpty() ? null : CaseEntry.JSON.writeValueAsString(all);
	}

}
