package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The agency's 音像记录清单 as the public reads it (事前公开): the case acts its configuration
 * ({@code sanxiang.cases.video-required}) requires a video for, and the acts that always
 * need one in this product (留置送达; 查封、扣押 — 国办发〔2018〕118号: 查封扣押财产等直接涉及重大财产权益的 现场执法活动 are
 * recorded on video throughout).
 */
@Component
public class VideoRecordingList {

	/** Acts recorded on video whatever the configuration says. */
	static final List<String> ALWAYS = List.of("留置送达", "实施查封、扣押");

	/** The codes of {@link #ALWAYS}, for the page's wording in other languages. */
	static final List<String> ALWAYS_CODES = List.of("SERVICE_BY_LEAVING", "SEIZURE");

	private final MandatoryVideo video;

	VideoRecordingList(MandatoryVideo video) {
		this.video = video;
	}

	/** The acts, each with whether the agency chose it or the law always requires it. */
	public List<Item> items() {
		List<Item> items = new ArrayList<>();
		this.video.required()
			.stream()
			.sorted(Comparator.naturalOrder())
			.forEach((act) -> items.add(new Item(act.name(), act.chineseName(), false)));
		for (int i = 0; i < ALWAYS.size(); i++) {
			items.add(new Item(ALWAYS_CODES.get(i), ALWAYS.get(i), true));
		}
		return items;
	}

	/**
	 * One act that must be recorded on video ({@code code}: the {@link CaseAct} or, for
	 * the acts always recorded, {@code SERVICE_BY_LEAVING} or {@code SEIZURE};
	 * {@code act}: its Chinese name); {@code always} when the law requires it.
	 */
	public record Item(String code, String act, boolean always) {
	}

}
