package org.sanxiang.licensing;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface LicenceApplicationRepository extends ListCrudRepository<LicenceApplication, Long> {

	Optional<LicenceApplication> findByApplicationNumber(String applicationNumber);

}
