package org.sanxiang.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The agencies whose records an account may see: its own agency, or — for the roles that
 * oversee (机关负责人 and the administrators) — its agency's whole subtree. Queries filter by
 * {@link #agencyIds()}; views only mirror that.
 */
public record DataScope(Set<Long> agencyIds) implements Serializable {

	public DataScope {
		agencyIds = Set.copyOf(agencyIds);
	}

	public boolean includes(Long agencyId) {
		return agencyId != null && this.agencyIds.contains(agencyId);
	}

}
