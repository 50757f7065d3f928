package org.sanxiang.inspection;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface InspectionTaskRepository extends Repository<InspectionTask, Long> {

	InspectionTask save(InspectionTask task);

	Optional<InspectionTask> findById(Long id);

	Optional<InspectionTask> findByPublicCode(String publicCode);

}
