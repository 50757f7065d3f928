package org.sanxiang.casefile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.Unavailable;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.evidence.EvidenceDraft;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.EvidenceOwner;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The papers of the demo's later stages ({@link DemoStages}): documents issued through
 * the document module's real path (number, PDF, ledger) with the type's sample values and
 * the case's own, and the body-camera video of a seizure uploaded through the evidence
 * module (a minimal MP4 made here, no binary file in the repository).
 */
@Component
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.cases", havingValue = "true", matchIfMissing = true)
class DemoRecords {

	static final String SEIZURE_TITLE = "牡丹江某电镀有限公司通过暗管排放含重金属废水案";

	static final String SEIZURE_PARTY = "牡丹江某电镀有限公司";

	static final String REMEDY_TITLE = "牡丹江某木业有限公司超标排放大气污染物案";

	static final String REMEDY_PARTY = "牡丹江某木业有限公司";

	/** Typed where 一企一档 of the agency has no natural person. */
	static final String ON_THE_SPOT_PARTY = "王某某";

	static final String ON_THE_SPOT_FACTS = "在饮用水水源一级保护区内垂钓并向水体抛撒打窝饵料约2千克，经执法人员指出后已立即停止，初次违法";

	static final String SEIZED_ITEMS = "污水提升泵（WQ15-22-2.2型）1台、PVC暗管（DN110）约65米、提升泵控制配电柜1台，均于污水处理站就地查封，由当事人保管";

	private static final int ISSUE_TRIES = 30;

	private final Documents documents;

	private final DocumentTypes types;

	private final EvidenceItems evidence;

	private final CoerciveMeasures measures;

	private final OfficerRegistry officers;

	private final UserDetailsService users;

	private final TransactionTemplate own;

	DemoRecords(Documents documents, DocumentTypes types, EvidenceItems evidence, CoerciveMeasures measures,
			OfficerRegistry officers, UserDetailsService users, PlatformTransactionManager transactions) {
		this.own = new TransactionTemplate(transactions);
		// a render refused while the queue is full must not doom the demo item's
		// transaction,
		// so each document is drafted and issued in its own (before anything of the item
		// is
		// sealed into the ledger, whose head row its transaction would hold)
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.documents = documents;
		this.types = types;
		this.evidence = evidence;
		this.measures = measures;
		this.officers = officers;
		this.users = users;
	}

	CoerciveMeasures measures() {
		return this.measures;
	}

	/**
	 * A document of the case issued by demo-officer: the type's samples, then these
	 * values.
	 */
	long issued(long caseId, String type, Map<String, Object> values) {
		return issue(type, values, null, new Document.Owner("CASE", Long.toString(caseId)));
	}

	/**
	 * The 当场行政处罚决定书 handed over on the spot: 罚款 100 元 to a natural person (within 行政处罚法
	 * 第五十一条), the party from 一企一档 where it has one.
	 */
	long onTheSpotDocument(PartySummary person, String name, LocalDate on, List<Long> officerIds) {
		Map<String, Object> values = new HashMap<>();
		values.put("partyName", name);
		values.put("partyIdentifier", (person != null) ? person.idNumberMasked() : null);
		values.put("penaltyDate", on.toString());
		values.put("officers",
				officerIds.stream()
					.map(this::officer)
					.map((o) -> o.name() + "（执法证号：" + o.certificateNumber() + "）")
					.collect(Collectors.joining("、")));
		values.put("partySignature",
				name + "  " + on.getYear() + "年" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日");
		return issue("ON_THE_SPOT_PENALTY_DECISION", values, (person != null) ? person.id() : null, null);
	}

	/**
	 * The body-camera video of the case recorded by the officer with this certificate
	 * from {@code start} for ten minutes; its evidence id.
	 */
	long video(long caseId, String certificate, Instant start, SanxiangPrincipal actor) {
		byte[] content = mp4();
		EvidenceDraft draft = new EvidenceDraft(EvidenceKind.AUDIO_VISUAL,
				new EvidenceOwner("CASE", Long.toString(caseId), null), "实施查封全过程执法记录仪录像", certificate, "执法记录仪 DSJ-V9",
				start, start.plusSeconds(600), "牡丹江某电镀有限公司污水处理站", null, null, List.of("李某 现场负责人"),
				"查封污水提升泵、暗管及控制配电柜，张贴封条，当场交付查封决定书和清单", false, null, null, null, null);
		return this.evidence.upload(draft, new EvidenceItems.Upload() {
			@Override
			public InputStream open() {
				return new ByteArrayInputStream(content);
			}

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public String declaredType() {
				return "video/mp4";
			}

			@Override
			public String fileName() {
				return "查封执法记录.mp4";
			}
		}, actor, actor.dataScope().agencyIds()).id();
	}

	/** The 查封决定书's own values: the party, the items, the term of 30 natural days. */
	static Map<String, Object> seizureDecision(DemoCases.Demo demo, LocalDate decided, LocalDate executed) {
		Map<String, Object> values = new HashMap<>();
		values.put("partyName", demo.party());
		values.put("facts", decided + "前，本机关执法人员现场检查发现，你单位在污水处理站调节池东侧私设暗管，将未经处理的含重金属生产废水排入雨水管网，检查时正在排放。");
		values.put("termStart", executed.toString());
		values.put("termEnd",
				CoerciveMeasure.expiry(MeasureKind.SEAL, executed, CoerciveMeasure.PROPERTY_MAX_DAYS).toString());
		return values;
	}

	/** The 查封清单's own values. */
	static Map<String, Object> seizureList(DemoCases.Demo demo, LocalDate executed) {
		Map<String, Object> values = new HashMap<>();
		values.put("partyName", demo.party());
		values.put("seizurePlace", demo.party() + "污水处理站");
		values.put("seizureDate", executed.toString());
		values.put("custodian", demo.party() + "（就地查封，由当事人负责保管）");
		return values;
	}

	/**
	 * A 送达回证 recording what the agency received from the 复议机关 on {@code on}.
	 */
	static Map<String, Object> received(DemoCases.Demo demo, String what, LocalDate on) {
		Map<String, Object> values = new HashMap<>();
		values.put("caseName", demo.title());
		values.put("recipientName", "牡丹江市生态环境局");
		values.put("serviceAddress", "牡丹江市生态环境局");
		String time = on.getYear() + "年" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日10时00分";
		values.put("servedDocuments",
				List.of(Map.of("documentName", what, "documentNumber", "牡府复〔" + on.getYear() + "〕17号", "serviceTime",
						time, "serviceMethod", "直接送达", "signer", "牡丹江市生态环境局法制科")));
		values.put("servers", "牡丹江市人民政府行政复议机构");
		values.put("remarks", demo.party() + "不服本机关行政处罚决定，向牡丹江市人民政府申请行政复议。");
		return values;
	}

	private Officer officer(long id) {
		return this.officers.within(Set.of(principal().agencyId()), "")
			.stream()
			.filter((o) -> o.id() == id)
			.findFirst()
			.orElseThrow();
	}

	private long issue(String type, Map<String, Object> own, Long partyId, Document.Owner owner) {
		SanxiangPrincipal officer = principal();
		Set<Long> scope = Set.of(officer.agencyId());
		Map<String, Object> values = new HashMap<>();
		this.types.get(type).fields().forEach((f) -> values.put(f.name(), f.sample()));
		own.forEach((key, value) -> {
			if (value != null) {
				values.put(key, value);
			}
		});
		for (int attempt = 1;; attempt++) {
			try {
				return this.own.execute((status) -> {
					Document draft = this.documents.draft(type, values, partyId, owner, null, officer, scope);
					return this.documents.issue(draft.id(), draft.version(), officer, scope).id();
				});
			}
			catch (Unavailable ex) {
				// the background demo documents fill the render queue: wait for a turn
				if (attempt >= ISSUE_TRIES) {
					throw ex;
				}
				pause(ex.retryAfter().orElse(Duration.ofSeconds(1)));
			}
		}
	}

	private static void pause(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private SanxiangPrincipal principal() {
		return (SanxiangPrincipal) this.users.loadUserByUsername("demo-officer");
	}

	/**
	 * A minimal MP4 (ftyp, moov, mdat) that the evidence module's content check accepts
	 * (the tests' videos are the same).
	 */
	static byte[] mp4() {
		byte[] ftyp = box("ftyp", concat("isom".getBytes(StandardCharsets.ISO_8859_1), new byte[] { 0, 0, 2, 0 },
				"isommp41".getBytes(StandardCharsets.ISO_8859_1)));
		return concat(ftyp, box("moov", box("mvhd", new byte[100])), box("mdat", new byte[2048]));
	}

	private static byte[] box(String type, byte[] body) {
		return ByteBuffer.allocate(8 + body.length)
			.putInt(8 + body.length)
			.put(type.getBytes(StandardCharsets.ISO_8859_1))
			.put(body)
			.array();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
