package org.sanxiang.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	List<Account> findByAgencyIdInOrderByUsername(Collection<Long> agencyIds);

	boolean existsByUsername(String username);

}
