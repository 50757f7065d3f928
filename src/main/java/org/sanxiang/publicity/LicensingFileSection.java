package org.sanxiang.publicity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.subject.SubjectFileSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The party's file (一企一档), section 公示: the publications of its licensing decisions —
 * pending with their due date, published, withdrawn with how the licence ended (撤销, 撤回,
 * 吊销, 注销) — newest first, within the reader's agencies. A published one links to its
 * portal page (the tombstone once withdrawn).
 */
@Component
class LicensingFileSection implements SubjectFileSection {

	static final int SHOWN = 50;

	private final JdbcClient jdbc;

	LicensingFileSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.PUBLICITY;
	}

	@Override
	public List<Entry> entriesFor(long partyId, Set<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.id, p.public_id, p.proposed_title, p.published_title, p.status, p.decided_on, p.due_on,
				       p.withdrawn_on, p.published_on, c.current_status
				from publicity_publication p join publicity_credit c on c.publication_id = p.id
				where c.party_id = :party and p.kind = 'LICENSING' and p.agency_id in (:agencies)
				order by p.decided_on desc, p.id desc""" + " limit " + SHOWN)
			.param("party", partyId)
			.param("agencies", agencyIds)
			.query((rs, i) -> {
				Publication.Status status = Publication.Status.valueOf(rs.getString("status"));
				String title = (rs.getString("published_title") != null) ? rs.getString("published_title")
						: rs.getString("proposed_title");
				LocalDate withdrawnOn = date(rs.getDate("withdrawn_on"));
				String state = switch (status) {
					case PENDING -> "待公示，截止 " + date(rs.getDate("due_on"));
					case WITHDRAWN -> "许可已" + rs.getString("current_status") + "，" + withdrawnOn + " 撤回公示";
					default -> status.chineseName();
				};
				String link = (rs.getDate("published_on") != null) ? "/portal/decisions/" + rs.getString("public_id")
						: "/publicity/publications/" + rs.getLong("id");
				LocalDate when = (withdrawnOn != null) ? withdrawnOn : date(rs.getDate("decided_on"));
				return new Entry(when, "行政许可公示：" + title + "（" + state + "）", link);
			})
			.list();
	}

	private static LocalDate date(Date d) {
		return (d == null) ? null : d.toLocalDate();
	}

}
