package org.sanxiang.document;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Loads and saves {@link Document} aggregates: every act on a document goes through here,
 * so that its events are published and its version checked. Lists and reports read with
 * SQL ({@link Documents#list}, {@link DocumentFileSections}).
 */
interface DocumentRepository extends ListCrudRepository<Document, Long> {

}
