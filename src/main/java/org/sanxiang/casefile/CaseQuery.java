package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.LikePattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of a filtered case list ({@code penalty_case c}): the reader's agencies, then
 * each filter as a condition on an indexed column — the deadline status as a range of the
 * kept {@code due_on} against today and the last 临期 day.
 */
record CaseQuery(String where, Map<String, Object> params) {

	static CaseQuery of(CaseFilter filter, Set<Long> scope, LocalDate today, LocalDate dueSoonLimit) {
		// one agency (the usual reader) as an equality: H2 uses only the first column of
		// a
		// composite index for an IN list, PostgreSQL plans both alike
		StringBuilder where = new StringBuilder(
				(scope.size() == 1) ? " where c.agency_id = :scope" : " where c.agency_id in (:scope)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("scope", (scope.size() == 1) ? scope.iterator().next() : scope);
		if (filter.stage() != null) {
			where.append(" and c.stage = :stage");
			params.put("stage", filter.stage().name());
		}
		if (filter.officerId() != null) {
			where.append(
					" and exists (select 1 from case_officer o where o.case_id = c.id and o.officer_id = :officer)");
			params.put("officer", filter.officerId());
		}
		if (filter.party() != null) {
			where.append(" and c.party_name like :party escape '\\'");
			params.put("party", LikePattern.containing(filter.party()));
		}
		if (filter.deadline() != null) {
			switch (filter.deadline()) {
				case OVERDUE -> where.append(" and c.due_on < :today");
				case DUE_SOON -> where.append(" and c.due_on >= :today and c.due_on <= :soon");
				case NORMAL -> where.append(" and c.due_on > :soon");
			}
			if (filter.deadline() != CaseDeadline.Status.NORMAL) {
				params.put("today", today);
			}
			if (filter.deadline() != CaseDeadline.Status.OVERDUE) {
				params.put("soon", dueSoonLimit);
			}
		}
		if (filter.filedFrom() != null) {
			where.append(" and c.filed_on >= :from");
			params.put("from", filter.filedFrom());
		}
		if (filter.filedTo() != null) {
			where.append(" and c.filed_on <= :to");
			params.put("to", filter.filedTo());
		}
		return new CaseQuery(where.toString(), params);
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		JdbcClient.StatementSpec bound = statement;
		for (Map.Entry<String, Object> param : this.params.entrySet()) {
			bound = bound.param(param.getKey(), param.getValue());
		}
		return bound;
	}

}
