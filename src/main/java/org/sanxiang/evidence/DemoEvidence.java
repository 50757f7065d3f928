package org.sanxiang.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The evidence of the demo record — the inspection {@value #OWNER_ID} of 牡丹江, whose
 * documents the document module's demo issues — registered through {@link EvidenceItems}
 * on start, so sealed like any upload: a site photo (JPEG), a screenshot of the online
 * monitoring (PNG) and a recording of the on-site questioning (WAV), all drawn or
 * synthesised here (no binary file in the repository). Nothing is registered when the
 * record already has evidence.
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty("sanxiang.demo.enabled")
@ConditionalOnProperty(name = "sanxiang.demo.record", havingValue = "true", matchIfMissing = true)
class DemoEvidence implements ApplicationRunner {

	static final String OWNER_KIND = "INSPECTION";

	/** The demo inspection, named alike by the document module's demo. */
	static final String OWNER_ID = "MDJ-2026-JC-001";

	private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);

	private final EvidenceItems items;

	private final AgencyDirectory agencies;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	DemoEvidence(EvidenceItems items, AgencyDirectory agencies, OfficerRegistry officers, BusinessTime time) {
		this.items = items;
		this.agencies = agencies;
		this.officers = officers;
		this.time = time;
	}

	record DemoActor(String username, String displayName, long agencyId, String agencyPath) implements Actor {
	}

	/** A failure is logged, not raised: the demo never stops the application starting. */
	@Override
	public void run(ApplicationArguments args) {
		try {
			registerAll();
		}
		catch (RuntimeException ex) {
			log.warn("Demo record: {}", ex.getMessage());
		}
	}

	void registerAll() {
		Agency agency = this.agencies.all().stream().filter((a) -> a.code().equals("HLJ-MDJ")).findFirst().orElse(null);
		if (agency == null) {
			return;
		}
		Set<Long> scope = Set.of(agency.id());
		if (!this.items.ofOwner(OWNER_KIND, OWNER_ID, scope).isEmpty()) {
			return;
		}
		Instant start = this.time.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		Officer recorder = this.officers.within(scope, null)
			.stream()
			.filter((o) -> o.isQualifiedOn(this.time.dateOf(start)) && o.isQualifiedOn(this.time.today()))
			.findFirst()
			.orElse(null);
		if (recorder == null) {
			return;
		}
		Actor actor = new DemoActor("demo-officer", "张伟", agency.id(), agency.path());
		register(draft(EvidenceKind.PHYSICAL, "厂区东侧排污口现场照片", recorder, start, 60), image("jpg", 0x5a6e7d), "image/jpeg",
				"排污口现场照片.jpg", actor, scope);
		register(draft(EvidenceKind.ELECTRONIC, "在线监测平台化学需氧量超标数据截图", recorder, start.plusSeconds(600), 60),
				image("png", 0x2f7d4f), "image/png", "在线监测截图.png", actor, scope);
		register(draft(EvidenceKind.AUDIO_VISUAL, "现场询问录音（现场负责人李某）", recorder, start.plusSeconds(1200), 3), wav(3),
				"audio/wav", "现场询问录音.wav", actor, scope);
		log.info("Demo record {} {}: 3 evidence items registered", OWNER_KIND, OWNER_ID);
	}

	private EvidenceDraft draft(EvidenceKind kind, String description, Officer recorder, Instant start, long seconds) {
		return new EvidenceDraft(kind, new EvidenceOwner(OWNER_KIND, OWNER_ID, "ON_SITE"), description,
				recorder.certificateNumber(), "执法记录仪 DSJ-V9", start, start.plusSeconds(seconds), "牡丹江市某某化工有限公司厂区",
				new BigDecimal("44.551234"), new BigDecimal("129.633210"), List.of("李某 现场负责人"), "排污口及在线监测检查", false,
				null, null, null, null);
	}

	private void register(EvidenceDraft draft, byte[] bytes, String type, String name, Actor actor, Set<Long> scope) {
		this.items.upload(draft, new EvidenceItems.Upload() {
			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}

			@Override
			public long size() {
				return bytes.length;
			}

			@Override
			public String declaredType() {
				return type;
			}

			@Override
			public String fileName() {
				return name;
			}
		}, actor, scope);
	}

	/** A small picture drawn here: a grey yard, a pipe and the outflow. */
	static byte[] image(String format, int tint) {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xd8dcd6));
		g.fillRect(0, 0, 320, 240);
		g.setColor(new Color(tint));
		g.fillRect(40, 90, 200, 28);
		g.fillOval(220, 80, 48, 48);
		g.setColor(new Color(0x4a3b2a));
		g.fillRect(0, 180, 320, 60);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A mono 8 kHz 16-bit PCM WAV of a soft 440 Hz tone. */
	static byte[] wav(int seconds) {
		int samples = 8000 * seconds;
		ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
		wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
		wav.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
		wav.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
		wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
		for (int i = 0; i < samples; i++) {
			wav.putShort((short) (3000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
		}
		return wav.array();
	}

}
