package org.sanxiang.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.sanxiang.identity.Role;
import org.sanxiang.subject.SubjectFileSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The party's file (一企一档), section 许可: its licence applications (number, licence type,
 * status and the dates received, accepted, decided) and its licences (number,
 * certificate, validity and status — 有效, 已撤回, 已撤销 or 已注销 with the day it ended), newest
 * first, within the reader's agencies. Applications are case content: should an
 * administrator (三员) reach the file all the same, the section stays empty. (The
 * publications of the licensing decisions are the publicity module's section.)
 */
@Component("licensingPermitFileSection")
class LicensingFileSection implements SubjectFileSection {

	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	LicensingFileSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return Kind.PERMIT;
	}

	@Override
	public List<Entry> entriesFor(long partyId, Set<Long> agencyIds) {
		if (agencyIds.isEmpty() || administratorReads()) {
			return List.of();
		}
		List<Entry> entries = new ArrayList<>(this.jdbc.sql("""
				select a.id, a.application_number, t.name as type_name, a.status, a.received_on, a.accepted_on,
				       a.decided_on
				from licence_application a join licence_type t on t.code = a.type_code
				where a.party_id = :party and a.agency_id in (:agencies)
				order by a.received_on desc, a.id desc fetch first""" + " " + SHOWN + " rows only")
			.param("party", partyId)
			.param("agencies", agencyIds)
			.query((rs, n) -> {
				LocalDate received = rs.getObject("received_on", LocalDate.class);
				LocalDate accepted = rs.getObject("accepted_on", LocalDate.class);
				LocalDate decided = rs.getObject("decided_on", LocalDate.class);
				StringBuilder title = new StringBuilder("行政许可申请 ").append(rs.getString("application_number"))
					.append("：")
					.append(rs.getString("type_name"))
					.append("（")
					.append(ApplicationStatus.valueOf(rs.getString("status")).chineseName())
					.append("，收件 ")
					.append(received);
				if (accepted != null) {
					title.append("，受理 ").append(accepted);
				}
				if (decided != null) {
					title.append("，决定 ").append(decided);
				}
				title.append("）");
				return new Entry((decided != null) ? decided : received, title.toString(),
						"/licensing/applications/" + rs.getLong("id"));
			})
			.list());
		entries.addAll(this.jdbc.sql("""
				select id, licence_number, certificate_name, status, valid_from, valid_to, ended_on from licence
				where party_id = :party and agency_id in (:agencies)
				order by valid_from desc, id desc fetch first""" + " " + SHOWN + " rows only")
			.param("party", partyId)
			.param("agencies", agencyIds)
			.query((rs, n) -> {
				LocalDate from = rs.getObject("valid_from", LocalDate.class);
				LocalDate to = rs.getObject("valid_to", LocalDate.class);
				LocalDate ended = rs.getObject("ended_on", LocalDate.class);
				LicenceStatus status = LicenceStatus.valueOf(rs.getString("status"));
				String title = "行政许可证 " + rs.getString("licence_number") + "：" + rs.getString("certificate_name")
						+ "（有效期 " + from + " 至 " + ((to != null) ? to : "长期") + "，" + status.chineseName()
						+ ((ended != null) ? " " + ended : "") + "）";
				return new Entry((ended != null) ? ended : from, title, "/licensing/licences/" + rs.getLong("id"));
			})
			.list());
		entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())));
		return entries;
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

}
