package org.sanxiang.identity;

import java.util.Locale;

import org.sanxiang.core.CreditCode;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An enforcement agency (执法主体): the legal person in whose name decisions are made.
 * Agencies form a tree whose materialised {@code path} ({@code /HLJ/HLJ-MDJ/}) lets a
 * query cover a subtree with one prefix.
 */
public class Agency {

	@Id
	private Long id;

	private final String code;

	private final String name;

	/** 机关代字, the abbreviation used in document numbers, e.g. 牡环. */
	private final String shortName;

	private final AgencyLevel level;

	private final Long parentId;

	private final String path;

	private final String regionCode;

	/** 统一社会信用代码 (GB 32100), optional. */
	private String creditCode;

	@Version
	private Integer version;

	@PersistenceCreator
	Agency(Long id, String code, String name, String shortName, AgencyLevel level, Long parentId, String path,
			String regionCode, String creditCode, Integer version) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.level = level;
		this.parentId = parentId;
		this.path = path;
		this.regionCode = regionCode;
		this.creditCode = creditCode;
		this.version = version;
	}

	static Agency root(String code, String name, String shortName, String regionCode) {
		return new Agency(null, code, name, shortName, AgencyLevel.PROVINCE, null, "/" + code + "/", regionCode, null,
				null);
	}

	Agency child(String code, String name, String shortName, String regionCode) {
		AgencyLevel childLevel = this.level.child();
		if (childLevel == null) {
			throw new org.sanxiang.core.RuleViolation("AGENCY_TOO_DEEP", "县级/分局之下不能再设执法主体");
		}
		return new Agency(null, code, name, shortName, childLevel, this.id, this.path + code + "/", regionCode, null,
				null);
	}

	public Long id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public String shortName() {
		return this.shortName;
	}

	public AgencyLevel level() {
		return this.level;
	}

	public Long parentId() {
		return this.parentId;
	}

	public String path() {
		return this.path;
	}

	public String regionCode() {
		return this.regionCode;
	}

	/**
	 * 统一社会信用代码 (GB 32100, check character verified), or {@code null} when not recorded.
	 */
	public String creditCode() {
		return this.creditCode;
	}

	/**
	 * Records (or, with {@code null} or blank, clears) the agency's credit code, refused
	 * with the reason when it fails the GB 32100 check.
	 */
	Agency assignCreditCode(String raw) {
		this.creditCode = (raw == null || raw.isBlank()) ? null
				: CreditCode.parse(raw.strip().toUpperCase(Locale.ROOT)).value();
		return this;
	}

	/** Depth in the tree, 0 for the province. */
	public int depth() {
		return (int) this.path.chars().filter((c) -> c == '/').count() - 2;
	}

}
