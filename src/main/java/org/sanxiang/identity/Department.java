package org.sanxiang.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A department (内设机构) of an agency; every account belongs to exactly one. */
public record Department(@Id Long id, Long agencyId, String name, DepartmentKind kind, @Version Integer version) {

	static Department of(long agencyId, String name, DepartmentKind kind) {
		return new Department(null, agencyId, name, kind, null);
	}

}
