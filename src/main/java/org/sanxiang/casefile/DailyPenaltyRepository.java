package org.sanxiang.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DailyPenaltyRepository extends Repository<DailyPenalty, Long> {

	DailyPenalty save(DailyPenalty penalty);

	Optional<DailyPenalty> findById(Long id);

	List<DailyPenalty> findByCaseIdOrderById(long caseId);

}
