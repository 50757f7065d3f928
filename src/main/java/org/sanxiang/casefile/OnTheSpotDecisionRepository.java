package org.sanxiang.casefile;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OnTheSpotDecisionRepository extends Repository<OnTheSpotDecision, Long> {

	OnTheSpotDecision save(OnTheSpotDecision decision);

	Optional<OnTheSpotDecision> findById(Long id);

	/** The decisions not yet on file in these agencies, oldest first, in one query. */
	java.util.List<OnTheSpotDecision> findTop200ByAgencyIdInAndRecordedOnIsNullOrderByDecidedOnAscIdAsc(
			java.util.Collection<Long> agencyIds);

}
