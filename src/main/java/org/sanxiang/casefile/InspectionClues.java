package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.inspection.ViolationSuspected;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finding of an inspection becomes a clue (案源, source 检查发现): registered on the day of
 * the finding — which starts the 15-day filing period of 生态环境行政处罚办法 第十八条 like any clue's
 * registration — for the inspected party, with the finding as the alleged facts and the
 * task number as the source reference. One task opens one clue, however often its event
 * is delivered (table {@code clue_inspection_task}, keyed by the task).
 */
@Component
class InspectionClues {

	/** Who registered it: the inspection, not a person at a desk. */
	static final String REGISTERED_BY = "inspection";

	private final ClueRepository clues;

	private final PartyRegistry parties;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	InspectionClues(ClueRepository clues, PartyRegistry parties, BusinessTime time, JdbcClient jdbc) {
		this.clues = clues;
		this.parties = parties;
		this.time = time;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ViolationSuspected suspected) {
		open(suspected);
	}

	/** What the listener does, callable synchronously; the task's clue id. */
	@Transactional
	long open(ViolationSuspected suspected) {
		Optional<Long> existing = clueOf(suspected.taskId());
		if (existing.isPresent()) {
			return existing.get();
		}
		LocalDate today = this.time.today();
		LocalDate on = suspected.foundOn().isAfter(today) ? today : suspected.foundOn();
		Acting acting = new Acting(new Participant(REGISTERED_BY, "检查任务 " + suspected.taskNumber(), false), on, today,
				this.time.now());
		Clue clue = this.clues.save(Clue.register(suspected.agencyId(), ClueSource.INSPECTION, suspected.taskNumber(),
				party(suspected), alleged(suspected), on, false, null, false, acting));
		this.jdbc.sql("insert into clue_inspection_task (task_id, clue_id) values (:task, :clue)")
			.param("task", suspected.taskId())
			.param("clue", clue.id())
			.update();
		return clue.id();
	}

	/** The clue an inspection task opened, if any. */
	Optional<Long> clueOf(long taskId) {
		return this.jdbc.sql("select clue_id from clue_inspection_task where task_id = :task")
			.param("task", taskId)
			.query(Long.class)
			.optional();
	}

	private CaseParty party(ViolationSuspected suspected) {
		try {
			return CaseParty.of(this.parties.party(suspected.partyId(), Set.of(suspected.agencyId())));
		}
		catch (RuleViolation notInScope) {
			return new CaseParty(suspected.partyId(), suspected.partyName(), null, null);
		}
	}

	private static String alleged(ViolationSuspected suspected) {
		String finding = (suspected.finding() == null || suspected.finding().isBlank())
				? "检查发现涉嫌违法行为（见检查任务 " + suspected.taskNumber() + "）" : suspected.finding().strip();
		return (finding.length() > 2000) ? finding.substring(0, 2000) : finding;
	}

}
