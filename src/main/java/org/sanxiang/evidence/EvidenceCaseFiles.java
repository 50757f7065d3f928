package org.sanxiang.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.CaseFileSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An owner's evidence for its 案卷: in the 正卷 each item's original exactly as stored and
 * sealed, in the order of their numbers (证据-1 … then 音像-1 …); in the 副卷 each item's
 * custody log (监管链) as it stands at the export, a text table made for the export and not
 * sealed. The 案卷 is in Chinese whatever the language of the page that asked for it.
 */
@Component
class EvidenceCaseFiles implements CaseFileSource {

	private final EvidenceItems items;

	private final CustodyLog custody;

	private final BusinessTime time;

	private final MessageSource messages;

	EvidenceCaseFiles(EvidenceItems items, CustodyLog custody, BusinessTime time, MessageSource messages) {
		this.items = items;
		this.custody = custody;
		this.time = time;
		this.messages = messages;
	}

	@Override
	public List<Entry> entries(String ownerKind, String ownerId, Set<Long> scope) {
		List<Entry> entries = new ArrayList<>();
		for (EvidenceItem item : this.items.ofOwner(ownerKind, ownerId, scope)) {
			String key = String.format("2-%s-%06d", item.number().substring(0, item.number().indexOf('-')), item.seq());
			String label = item.kind().label();
			entries.add(new Entry(Section.MAIN, key, "证据", item.number() + " " + label + " " + item.description(),
					this.time.dateOf(item.captureStart()), item.number() + "-" + item.fileName(), item.size(),
					item.digests(), "EvidenceItem", "EVIDENCE-" + item.id(), item.agencyId(),
					() -> this.items.open(item)));
			entries.add(new Entry(Section.INTERNAL, key, "监管链", item.number() + " 监管链记录", null,
					item.number() + "-监管链.txt", -1, null, null, null, item.agencyId(),
					() -> new ByteArrayInputStream(custodyText(item).getBytes(StandardCharsets.UTF_8))));
		}
		return entries;
	}

	/** The item's custody log as a tab-separated table, times in the business zone. */
	private String custodyText(EvidenceItem item) {
		StringBuilder text = new StringBuilder();
		text.append("证据监管链记录\t").append(item.number()).append('\t').append(item.fileName()).append('\n');
		text.append("SHA-256\t").append(item.digests().sha256()).append('\n');
		text.append("SM3\t").append(item.digests().sm3()).append('\n');
		text.append("时间（").append(this.time.zoneLabel()).append("）\t操作\t账号\t姓名\t用途\t说明\n");
		for (CustodyLog.Entry entry : this.custody.all(item.id())) {
			text.append(this.time.formatSeconds(entry.at()))
				.append('\t')
				.append(this.messages.getMessage("ev.custody." + entry.action().name(), null, entry.action().name(),
						Locale.SIMPLIFIED_CHINESE))
				.append('\t')
				.append(entry.actor())
				.append('\t')
				.append(oneLine(entry.actorName()))
				.append('\t')
				.append(oneLine(entry.reason()))
				.append('\t')
				.append(oneLine(entry.detail()))
				.append('\n');
		}
		return text.toString();
	}

	private static String oneLine(String value) {
		return (value == null) ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
	}

}
