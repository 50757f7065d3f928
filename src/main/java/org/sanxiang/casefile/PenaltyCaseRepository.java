package org.sanxiang.casefile;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PenaltyCaseRepository extends Repository<PenaltyCase, Long> {

	PenaltyCase save(PenaltyCase kase);

	Optional<PenaltyCase> findById(Long id);

}
