package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.sanxiang.identity.Role;
import org.sanxiang.subject.SubjectFileSection;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts a party's cases — penalty cases filed against it by id and its on-the-spot
 * decisions (简易程序) — and its clues (案源) into its file (一企一档), within the reader's
 * agencies. The file page is for case workers only; should an administrator (三员) reach it
 * all the same, these sections stay empty, since case content is never theirs to read.
 */
@Component
class CaseFileSections {

	private final JdbcClient jdbc;

	CaseFileSections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SubjectFileSection.Entry> cases(long partyId, Set<Long> agencyIds) {
		if (agencyIds.isEmpty() || administratorReads()) {
			return List.of();
		}
		List<SubjectFileSection.Entry> entries = new ArrayList<>(
				this.jdbc.sql("""
						select id, title, stage, filed_on from penalty_case
						where agency_id in (:scope) and party_id = :party order by filed_on desc, id desc limit 200""")
					.param("scope", agencyIds)
					.param("party", partyId)
					.query((rs, n) -> new SubjectFileSection.Entry(rs.getObject("filed_on", java.time.LocalDate.class),
							"行政处罚案件：" + rs.getString("title") + "（" + Stage.valueOf(rs.getString("stage")).chineseName()
									+ "）",
							"/cases/" + rs.getLong("id")))
					.list());
		entries.addAll(this.jdbc.sql("""
				select id, fine, decided_on, recorded_on from on_the_spot_decision
				where agency_id in (:scope) and party_id = :party order by decided_on desc, id desc limit 200""")
			.param("scope", agencyIds)
			.param("party", partyId)
			.query((rs,
					n) -> new SubjectFileSection.Entry(rs.getObject("decided_on", java.time.LocalDate.class),
							"当场处罚（简易程序）："
									+ ((rs.getBigDecimal("fine") == null) ? "警告"
											: "罚款" + rs.getBigDecimal("fine").stripTrailingZeros().toPlainString()
													+ "元")
									+ ((rs.getObject("recorded_on") == null) ? "（未备案）" : "（已备案）"),
							"/cases/on-the-spot/" + rs.getLong("id")))
			.list());
		entries.sort(Comparator.comparing(SubjectFileSection.Entry::date).reversed());
		return entries;
	}

	List<SubjectFileSection.Entry> clues(long partyId, Set<Long> agencyIds) {
		if (agencyIds.isEmpty() || administratorReads()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, source, alleged, status, registered_on from clue
				where agency_id in (:scope) and party_id = :party order by registered_on desc, id desc limit 200""")
			.param("scope", agencyIds)
			.param("party", partyId)
			.query((rs, n) -> new SubjectFileSection.Entry(rs.getObject("registered_on", java.time.LocalDate.class),
					ClueSource.valueOf(rs.getString("source")).chineseName() + "：" + abbreviate(rs.getString("alleged"))
							+ "（" + ClueStatus.valueOf(rs.getString("status")).chineseName() + "）",
					"/cases/clues/" + rs.getLong("id")))
			.list();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…";
	}

	private static boolean administratorReads() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> Role.ADMINISTRATORS.stream()
				.anyMatch((role) -> authority.equals("ROLE_" + role.name())));
	}

	/** One section of the file. */
	record Section(SubjectFileSection.Kind kind, CaseFileSections sections) implements SubjectFileSection {

		@Override
		public List<Entry> entriesFor(long partyId, Set<Long> agencyIds) {
			return (this.kind == Kind.CLUE) ? this.sections.clues(partyId, agencyIds)
					: this.sections.cases(partyId, agencyIds);
		}

	}

	@Bean
	static SubjectFileSection caseSection(CaseFileSections sections) {
		return new Section(SubjectFileSection.Kind.CASE, sections);
	}

	@Bean
	static SubjectFileSection clueSection(CaseFileSections sections) {
		return new Section(SubjectFileSection.Kind.CLUE, sections);
	}

}
