package org.sanxiang.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgencyRepository extends ListCrudRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

	Optional<Agency> findByCreditCode(String creditCode);

	@Query("select * from agency where path like :prefix || '%' order by path")
	List<Agency> findSubtree(String prefix);

	@Query("select * from agency order by path")
	List<Agency> findAllInTreeOrder();

}
