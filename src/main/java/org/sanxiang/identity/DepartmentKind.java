package org.sanxiang.identity;

/** What a department does; every agency has a legal-review unit (法制审核机构). */
enum DepartmentKind {

	LEADERSHIP("领导班子"), ENFORCEMENT("执法机构"), LEGAL_REVIEW("法制审核机构"), OFFICE("办公室"), INFORMATION("信息公开");

	private final String chineseName;

	DepartmentKind(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
