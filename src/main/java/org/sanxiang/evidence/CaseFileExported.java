package org.sanxiang.evidence;

import org.sanxiang.core.AuditableEvent;

/**
 * A 案卷 was exported: for the audit trail, the owner, how many files and how many of them
 * sealed records with their proofs. Each evidence item in it also has an EXPORT line in
 * its custody log.
 */
record CaseFileExported(String ownerKind, String ownerId, int files, int sealed,
		long treeSize) implements AuditableEvent {

	@Override
	public String action() {
		return "CASE_FILE_EXPORTED";
	}

	@Override
	public String objectType() {
		return "CaseFile";
	}

	@Override
	public String objectId() {
		return this.ownerKind + "/" + this.ownerId;
	}

	@Override
	public String objectLabel() {
		return this.ownerKind + " " + this.ownerId;
	}

	@Override
	public String detail() {
		return this.files + " 个文件，其中 " + this.sealed + " 个附账本包含证明（检查点规模 " + this.treeSize + "）";
	}

}
