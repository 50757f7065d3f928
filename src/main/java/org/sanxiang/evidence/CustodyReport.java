package org.sanxiang.evidence;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.PdfRendering;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.LedgerEntry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Produces an item's chain-of-custody report (监管链报告) as a PDF through the installation's
 * PDF engine ({@link PdfRendering}, the document module's renderer and font). Producing
 * it is itself a custody event (REPORT), written first so that the report lists its own
 * making; a report that then fails to render leaves the attempt in the log, never an
 * export without a line. The log is read bounded: at most
 * {@code sanxiang.evidence.custody-report.max-lines} lines (the first and the last
 * halves), with a sentence saying how many are left out.
 */
@Component
class CustodyReport {

	private final CustodyLog custody;

	private final Ledger ledger;

	private final PdfRendering pdf;

	private final BusinessTime time;

	private final MessageSource messages;

	private final UploadTimeliness timeliness;

	private final int maxLines;

	CustodyReport(CustodyLog custody, Ledger ledger, PdfRendering pdf, BusinessTime time, MessageSource messages,
			UploadTimeliness timeliness, @Value("${sanxiang.evidence.custody-report.max-lines:1000}") int maxLines) {
		this.custody = custody;
		this.ledger = ledger;
		this.pdf = pdf;
		this.time = time;
		this.messages = messages;
		this.timeliness = timeliness;
		this.maxLines = Math.max(4, maxLines);
	}

	byte[] pdf(EvidenceItem item, Actor actor) {
		Instant now = this.time.now();
		CustodyLog.Entry export = new CustodyLog.Entry(0, item.id(), CustodyLog.Action.REPORT, actor.username(),
				actor.displayName(), now, null, null);
		long total = this.custody.count(item.id()) + 1;
		List<CustodyLog.Entry> first;
		List<CustodyLog.Entry> last;
		if (total <= this.maxLines) {
			first = with(this.custody.lines(item.id(), this.maxLines, false), export);
			last = List.of();
		}
		else {
			first = this.custody.lines(item.id(), this.maxLines / 2, false);
			last = with(this.custody.lines(item.id(), this.maxLines - this.maxLines / 2 - 1, true), export);
		}
		CustodyReportPage page = new CustodyReportPage(item, owner(item),
				this.timeliness.of(item).map(UploadTimeliness.Verdict::text).orElse(null), sealing(item), total, first,
				last, actions(), actor.displayName() + "（" + actor.username() + "）", now);
		String xhtml = page.xhtml(this.time, this.pdf::printable);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		this.pdf.render(xhtml, out);
		this.custody.append(item.id(), CustodyLog.Action.REPORT, actor, null, null, now);
		return out.toByteArray();
	}

	private static List<CustodyLog.Entry> with(List<CustodyLog.Entry> lines, CustodyLog.Entry export) {
		List<CustodyLog.Entry> all = new ArrayList<>(lines);
		all.add(export);
		return all;
	}

	private CustodyReportPage.Sealing sealing(EvidenceItem item) {
		return this.ledger.entriesForSubject(EvidenceStatuses.SUBJECT_TYPE, EvidenceStatuses.subjectId(item.id()))
			.stream()
			.findFirst()
			.map((LedgerEntry e) -> new CustodyReportPage.Sealing(e.index(), e.time(), e.leafHash(), e.type()))
			.orElse(null);
	}

	private String owner(EvidenceItem item) {
		return label("evidence.upload.owner." + item.owner().kind(), item.owner().kind()) + " " + item.owner().id()
				+ " / " + label("evidence.upload.stage." + item.owner().stage(), item.owner().stage());
	}

	private Map<CustodyLog.Action, String> actions() {
		Map<CustodyLog.Action, String> labels = new EnumMap<>(CustodyLog.Action.class);
		for (CustodyLog.Action action : CustodyLog.Action.values()) {
			labels.put(action, label("ev.custody." + action.name(), action.name()));
		}
		return labels;
	}

	private String label(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, Locale.SIMPLIFIED_CHINESE);
	}

}
