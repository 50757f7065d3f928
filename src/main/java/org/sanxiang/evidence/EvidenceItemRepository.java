package org.sanxiang.evidence;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Inserts and loads {@link EvidenceItem}s. It offers no update or delete on purpose: an
 * item is never changed (and the database refuses it besides).
 */
interface EvidenceItemRepository extends Repository<EvidenceItem, Long> {

	EvidenceItem save(EvidenceItem item);

	Optional<EvidenceItem> findById(Long id);

}
