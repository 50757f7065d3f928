package org.sanxiang.identity;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DepartmentRepository extends ListCrudRepository<Department, Long> {

	List<Department> findByAgencyIdOrderById(long agencyId);

}
