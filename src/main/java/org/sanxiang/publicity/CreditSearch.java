package org.sanxiang.publicity;

import java.util.Locale;
import java.util.Map;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.DocumentNumberKey;

import org.springframework.http.HttpStatus;

/**
 * The 双公示 filters of the public search, beside the keywords: the party (its public name,
 * so a natural person is found only as 张某某), the unified social credit code (exact) and
 * the 文号 (as typed, brackets and spaces as {@link DocumentNumberKey} reads them). Each is
 * checked: a bad one is a 400 with a Chinese message.
 */
record CreditSearch(String party, String creditCode, String number) {

	static final CreditSearch NONE = new CreditSearch(null, null, null);

	static CreditSearch parse(String party, String creditCode, String number) {
		String p = blankToNull(party);
		if (p != null && p.length() > 50) {
			throw bad("当事人名称不能超过 50 个字。");
		}
		String code = blankToNull(creditCode);
		if (code != null) {
			code = code.toUpperCase(Locale.ROOT);
			if (!code.matches("[0-9A-Z]{18}")) {
				throw bad("统一社会信用代码应为 18 位数字或大写字母。");
			}
		}
		String n = blankToNull(number);
		if (n != null && n.length() > 100) {
			throw bad("文号不能超过 100 个字。");
		}
		return new CreditSearch(p, code, n);
	}

	boolean empty() {
		return this.party == null && this.creditCode == null && this.number == null;
	}

	/**
	 * Appends the filters (on the publication table's {@code id}) and their parameters.
	 */
	void appendTo(StringBuilder where, Map<String, Object> params) {
		if (empty()) {
			return;
		}
		where.append(" and id in (select publication_id from publicity_credit where 1 = 1");
		if (this.party != null) {
			where.append(" and party_search like :creditParty escape '!'");
			params.put("creditParty", "%" + like(this.party.toLowerCase(Locale.ROOT)) + "%");
		}
		if (this.creditCode != null) {
			where.append(" and credit_code = :creditCode");
			params.put("creditCode", this.creditCode);
		}
		if (this.number != null) {
			where.append(" and number_search = :creditNumber");
			params.put("creditNumber", DocumentNumberKey.of(this.number));
		}
		where.append(")");
	}

	private static String like(String q) {
		return q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static RuleViolation bad(String message) {
		return new RuleViolation("PUBLIC_SEARCH_PARAMETER", message, HttpStatus.BAD_REQUEST);
	}

}
