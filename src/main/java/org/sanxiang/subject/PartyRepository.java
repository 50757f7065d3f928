package org.sanxiang.subject;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PartyRepository extends ListCrudRepository<Party, Long> {

	@Query("select * from subject_party where agency_id = :agencyId and credit_code = :creditCode")
	Optional<Party> findByAgencyAndCreditCode(long agencyId, String creditCode);

}
