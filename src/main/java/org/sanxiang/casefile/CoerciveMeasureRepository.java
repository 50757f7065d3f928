package org.sanxiang.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CoerciveMeasureRepository extends Repository<CoerciveMeasure, Long> {

	CoerciveMeasure save(CoerciveMeasure measure);

	Optional<CoerciveMeasure> findById(Long id);

	List<CoerciveMeasure> findByCaseIdOrderById(long caseId);

}
