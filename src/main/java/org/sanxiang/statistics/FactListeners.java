package org.sanxiang.statistics;

import org.sanxiang.casefile.CaseAct;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.casefile.MeasureEvent;
import org.sanxiang.casefile.OnTheSpotEvent;
import org.sanxiang.inspection.InspectionCompleted;
import org.sanxiang.licensing.LicensingDecided;
import org.sanxiang.review.ReviewEvent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Keeps the facts current: each event that changes a counted figure derives its record's
 * facts again (after the record's transaction committed, retried from the event registry
 * if the application stopped); the publications' timeliness, which no event announces to
 * this module, nightly.
 */
@Component
class FactListeners {

	private final StatisticFacts facts;

	private final org.sanxiang.core.BusinessTime time;

	FactListeners(StatisticFacts facts, org.sanxiang.core.BusinessTime time) {
		this.facts = facts;
		this.time = time;
	}

	@ApplicationModuleListener
	void on(CaseEvent.CaseFiled filed) {
		this.facts.refreshCase(filed.caseId());
	}

	@ApplicationModuleListener
	void on(CaseEvent.DecisionIssued issued) {
		this.facts.refreshCase(issued.caseId());
	}

	@ApplicationModuleListener
	void on(CaseEvent.ActRecorded recorded) {
		if (recorded.act() == CaseAct.HOLD_HEARING || recorded.act() == CaseAct.NOT_PUNISH
				|| recorded.act() == CaseAct.RECORD_REMEDY_OUTCOME) {
			this.facts.refreshCase(recorded.caseId());
		}
	}

	@ApplicationModuleListener
	void on(CaseEvent.DecisionChanged changed) {
		this.facts.refreshCase(changed.caseId());
	}

	@ApplicationModuleListener
	void on(CaseEvent.DecisionRevoked revoked) {
		this.facts.refreshCase(revoked.caseId());
	}

	@ApplicationModuleListener
	void on(CaseEvent.DecisionConfirmedUnlawful confirmed) {
		this.facts.refreshCase(confirmed.caseId());
	}

	@ApplicationModuleListener
	void on(InspectionCompleted completed) {
		this.facts.recordInspection(completed);
	}

	@ApplicationModuleListener
	void on(OnTheSpotEvent.OnTheSpotDecided decided) {
		this.facts.refreshOnTheSpot(decided.decisionId());
	}

	@ApplicationModuleListener
	void on(MeasureEvent.MeasureActed acted) {
		this.facts.refreshMeasure(acted.measureId());
	}

	@ApplicationModuleListener
	void on(LicensingDecided decided) {
		this.facts.recordLicensing(decided);
	}

	@ApplicationModuleListener
	void on(ReviewEvent.Passed passed) {
		this.facts.refreshReviewRequest(passed.requestId());
	}

	@ApplicationModuleListener
	void on(ReviewEvent.Returned returned) {
		this.facts.refreshReviewRequest(returned.requestId());
	}

	/**
	 * The publications of this year (and, in January, of last year's report) at 01:30.
	 */
	@Scheduled(cron = "${sanxiang.statistics.publications-cron:0 30 1 * * *}", zone = "${sanxiang.zone:Asia/Shanghai}")
	@SchedulerLock(name = "statistics.publications", lockAtMostFor = "PT30M")
	void publications() {
		int year = this.time.today().getYear();
		this.facts.refreshPublications(year);
		if (this.time.today().getMonthValue() == 1) {
			this.facts.refreshPublications(year - 1);
		}
	}

}
