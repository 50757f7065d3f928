package org.sanxiang.document;

import java.util.HashMap;
import java.util.Set;

import org.sanxiang.core.Actor;

/**
 * Documents of a record, for tests of other modules: a sample of a type drafted for an
 * owner and issued through the real path (number, PDF, blob, ledger).
 */
public final class OwnedDocuments {

	private OwnedDocuments() {
	}

	/** Drafts a sample of {@code type} belonging to the owner and issues it. */
	public static Document issue(Documents documents, DocumentTypes types, String type, String ownerKind,
			String ownerId, Actor actor, Set<Long> scope) {
		Document draft = draft(documents, types, type, ownerKind, ownerId, actor, scope);
		return documents.issue(draft.id(), draft.version(), actor, scope);
	}

	/** Drafts a sample of {@code type} belonging to the owner, not issued. */
	public static Document draft(Documents documents, DocumentTypes types, String type, String ownerKind,
			String ownerId, Actor actor, Set<Long> scope) {
		return documents.draft(type, new HashMap<>(Samples.of(types.get(type))), null,
				new Document.Owner(ownerKind, ownerId), null, actor, scope);
	}

}
