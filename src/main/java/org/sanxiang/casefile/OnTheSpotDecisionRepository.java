package org.sanxiang.casefile;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OnTheSpotDecisionRepository extends Repository<OnTheSpotDecision, Long> {

	OnTheSpotDecision save(OnTheSpotDecision decision);

	Optional<OnTheSpotDecision> findById(Long id);

}
