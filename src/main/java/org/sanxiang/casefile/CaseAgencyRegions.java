package org.sanxiang.casefile;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.stereotype.Component;

/**
 * An agency's 行政区划代码 (from the identity module's agencies), which chooses the row of the
 * hearing thresholds in force for its cases.
 */
@Component
class CaseAgencyRegions {

	private final AgencyDirectory agencies;

	CaseAgencyRegions(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	/** The agency's region code, or null if the agency is unknown. */
	String of(long agencyId) {
		try {
			return this.agencies.agency(agencyId).regionCode();
		}
		catch (RuleViolation ex) {
			return null;
		}
	}

}
