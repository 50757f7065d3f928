package org.sanxiang.licensing;

import org.springframework.data.repository.ListCrudRepository;

interface LicenceRepository extends ListCrudRepository<Licence, Long> {

}
