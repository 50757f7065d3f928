package org.sanxiang.casefile;

import java.util.TreeSet;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Before every save of a case — whichever act changed it — keeps its nearest running time
 * limit on the row ({@code due_on}, {@code due_kind}), and after it the officers on its
 * acts in {@code case_officer}, so that the list filters both in SQL.
 */
class CaseDeadlineKeeper implements BeforeConvertCallback<PenaltyCase>, AfterSaveCallback<PenaltyCase> {

	private final CaseDeadlines deadlines;

	private final JdbcClient jdbc;

	CaseDeadlineKeeper(CaseDeadlines deadlines, JdbcClient jdbc) {
		this.deadlines = deadlines;
		this.jdbc = jdbc;
	}

	@Override
	public PenaltyCase onBeforeConvert(PenaltyCase kase) {
		kase.keepDeadline(this.deadlines.nearest(kase).orElse(null));
		return kase;
	}

	@Override
	public PenaltyCase onAfterSave(PenaltyCase kase) {
		TreeSet<Long> officers = new TreeSet<>();
		kase.entries().forEach((entry) -> entry.officers().forEach((o) -> officers.add(o.officerId())));
		Long known = this.jdbc.sql("select count(*) from case_officer where case_id = :id")
			.param("id", kase.id())
			.query(Long.class)
			.single();
		if (known != officers.size()) {
			this.jdbc.sql("delete from case_officer where case_id = :id").param("id", kase.id()).update();
			for (Long officer : officers) {
				this.jdbc.sql("insert into case_officer (case_id, officer_id) values (:id, :officer)")
					.param("id", kase.id())
					.param("officer", officer)
					.update();
			}
		}
		return kase;
	}

}
