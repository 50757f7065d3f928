package org.sanxiang.officer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OfficerRepository extends ListCrudRepository<Officer, Long> {

	@Query("select * from officer where agency_id in (:agencyIds) order by agency_id, certificate_number")
	List<Officer> findWithin(Collection<Long> agencyIds);

	@Query("""
			select * from officer where agency_id in (:agencyIds)
			and (name like :pattern escape '\\' or certificate_number like :pattern escape '\\')
			order by agency_id, certificate_number""")
	List<Officer> searchWithin(Collection<Long> agencyIds, String pattern);

	Optional<Officer> findByCertificateNumber(String certificateNumber);

	List<Officer> findByAccountId(Long accountId);

	@Query("select * from officer where agency_id in (:agencyIds) and status = 'VALID' and valid_to <= :until order by valid_to")
	List<Officer> findExpiringWithin(Collection<Long> agencyIds, LocalDate until);

}
