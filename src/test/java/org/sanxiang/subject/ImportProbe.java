package org.sanxiang.subject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import org.springframework.context.ApplicationContext;

/**
 * What a test outside the subject package may do with a node's party import: preview the
 * import template's example rows, and confirm a preview.
 */
public final class ImportProbe {

	private ImportProbe() {
	}

	/** The preview's token and how many parties it would insert or update. */
	public record Outcome(String token, int changed) {
	}

	public static Outcome previewTemplate(ApplicationContext node, long agencyId, String by) throws IOException {
		PartyImport parties = node.getBean(PartyImport.class);
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		parties.writeTemplate(template);
		ImportReport preview = parties.preview(new ByteArrayInputStream(template.toByteArray()), "parties.xlsx",
				agencyId, ImportReport.DuplicatePolicy.MERGE, Set.of(agencyId), by);
		return new Outcome(preview.token(), preview.toInsert() + preview.toUpdate());
	}

	public static Outcome confirm(ApplicationContext node, String token, long agencyId, String by) {
		ImportReport done = node.getBean(PartyImport.class).confirm(token, by, Set.of(agencyId));
		return new Outcome(done.token(), done.toInsert() + done.toUpdate());
	}

}
