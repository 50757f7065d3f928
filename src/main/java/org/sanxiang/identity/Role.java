package org.sanxiang.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do. The three administrator roles (三员: 系统管理员, 安全管理员, 审计管理员) are
 * mutually exclusive and none of them may read case content.
 */
public enum Role {

	OFFICER("执法人员", "Enforcement officer"), UNIT_HEAD("承办机构负责人", "Head of handling unit"),
	LEGAL_REVIEWER("法制审核人员", "Legal reviewer"), AGENCY_HEAD("机关负责人", "Agency head"), PUBLISHER("信息公开", "Publisher"),
	SYSTEM_ADMIN("系统管理员", "System administrator"), SECURITY_ADMIN("安全管理员", "Security administrator"),
	AUDIT_ADMIN("审计管理员", "Audit administrator");

	/** The three administrators: no account holds two of them. */
	public static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	/** Roles that do the enforcement work and may read case content. */
	public static final Set<Role> CASE_WORKERS = EnumSet.of(OFFICER, UNIT_HEAD, LEGAL_REVIEWER, AGENCY_HEAD, PUBLISHER);

	private final String chineseName;

	private final String englishName;

	Role(String chineseName, String englishName) {
		this.chineseName = chineseName;
		this.englishName = englishName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	public String englishName() {
		return this.englishName;
	}

	public boolean isAdministrator() {
		return ADMINISTRATORS.contains(this);
	}

	public boolean mayReadCaseContent() {
		return CASE_WORKERS.contains(this);
	}

	/**
	 * Roles whose data scope covers the agency's whole subtree (a provincial department
	 * sees its cities).
	 */
	public boolean seesSubtree() {
		return this == AGENCY_HEAD || isAdministrator();
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
