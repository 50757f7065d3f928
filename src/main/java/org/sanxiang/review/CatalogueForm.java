package org.sanxiang.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyLevel;
import org.sanxiang.legalbasis.PartyType;

/**
 * A catalogue version as the agency head edits it on the page: the effective date and the
 * entries' fields as typed, kept as typed so a refused form comes back unchanged. Read
 * into {@link CatalogueEntry entries}, each refusal naming its row.
 */
public class CatalogueForm {

	/** At most this many entries. */
	static final int MAX_ROWS = 100;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private String effectiveFrom = "";

	private List<Row> entries = new ArrayList<>();

	/** A copy of {@code catalogue}'s entries to start from, effective {@code from}. */
	static CatalogueForm copyOf(ReviewCatalogue catalogue, LocalDate from) {
		CatalogueForm form = new CatalogueForm();
		form.effectiveFrom = from.toString();
		if (catalogue != null) {
			catalogue.entries().forEach((entry) -> form.entries.add(Row.of(entry)));
		}
		if (form.entries.isEmpty()) {
			form.entries.add(new Row());
		}
		return form;
	}

	/** The date typed, or a refusal. */
	LocalDate date() {
		try {
			return LocalDate.parse(this.effectiveFrom.strip());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "请按“年-月-日”填写施行日期");
		}
	}

	/** The entries typed, or a refusal naming the row. */
	List<CatalogueEntry> toEntries() {
		if (this.entries.size() > MAX_ROWS) {
			throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "目录清单最多" + MAX_ROWS + "项");
		}
		List<CatalogueEntry> read = new ArrayList<>();
		for (int i = 0; i < this.entries.size(); i++) {
			try {
				read.add(this.entries.get(i).toEntry());
			}
			catch (RuleViolation ex) {
				throw new RuleViolation(ex.code(), "第" + (i + 1) + "行：" + ex.getMessage());
			}
		}
		return read;
	}

	void addRow() {
		if (this.entries.size() < MAX_ROWS) {
			this.entries.add(new Row());
		}
	}

	void removeRow(int index) {
		if (index >= 0 && index < this.entries.size()) {
			this.entries.remove(index);
		}
	}

	public String getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = (effectiveFrom == null) ? "" : effectiveFrom;
	}

	public List<Row> getEntries() {
		return this.entries;
	}

	public void setEntries(List<Row> entries) {
		this.entries = (entries == null) ? new ArrayList<>() : new ArrayList<>(entries);
	}

	/** One entry as typed. */
	public static class Row {

		private String code = "";

		private String title = "";

		private List<String> actions = new ArrayList<>();

		private String unitAmount = "";

		private boolean unitInclusive;

		private String individualAmount = "";

		private boolean individualInclusive;

		private boolean hearingHeld;

		private List<String> flags = new ArrayList<>();

		private List<String> levels = new ArrayList<>();

		private List<String> materials = new ArrayList<>();

		private boolean collectiveDiscussion;

		static Row of(CatalogueEntry entry) {
			Row row = new Row();
			row.code = entry.code();
			row.title = entry.title();
			row.actions = entry.actions().stream().sorted().map(Enum::name).toList();
			AmountThreshold unit = entry.thresholds().get(PartyType.UNIT);
			if (unit != null) {
				row.unitAmount = unit.amount().amount().toPlainString();
				row.unitInclusive = unit.inclusive();
			}
			AmountThreshold individual = entry.thresholds().get(PartyType.INDIVIDUAL);
			if (individual != null) {
				row.individualAmount = individual.amount().amount().toPlainString();
				row.individualInclusive = individual.inclusive();
			}
			row.hearingHeld = entry.hearingHeld();
			row.flags = entry.flags().stream().sorted().map(Enum::name).toList();
			row.levels = entry.levels().stream().sorted().map(Enum::name).toList();
			row.materials = entry.materials().stream().sorted().map(Enum::name).toList();
			row.collectiveDiscussion = entry.collectiveDiscussion();
			return row;
		}

		CatalogueEntry toEntry() {
			String number = this.code.strip();
			String text = this.title.strip();
			if (number.length() > 20 || text.length() > 300) {
				throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "序号不超过20字，事项不超过300字");
			}
			Map<PartyType, AmountThreshold> thresholds = new EnumMap<>(PartyType.class);
			threshold(PartyType.UNIT, this.unitAmount, this.unitInclusive, thresholds);
			threshold(PartyType.INDIVIDUAL, this.individualAmount, this.individualInclusive, thresholds);
			return new CatalogueEntry(number, text, names(DecisionAction.class, this.actions), thresholds,
					this.hearingHeld, names(ReviewFlag.class, this.flags), names(AgencyLevel.class, this.levels),
					names(MaterialKind.class, this.materials), this.collectiveDiscussion);
		}

		private static void threshold(PartyType type, String typed, boolean inclusive,
				Map<PartyType, AmountThreshold> thresholds) {
			if (typed == null || typed.isBlank()) {
				return;
			}
			Money amount = Money.of(typed.replace(",", ""));
			if (amount.amount().compareTo(MAX_AMOUNT) > 0) {
				throw new RuleViolation("REVIEW_THRESHOLD_INVALID", type.chineseName() + "的金额标准过大");
			}
			thresholds.put(type, new AmountThreshold(amount, inclusive));
		}

		private static <E extends Enum<E>> Set<E> names(Class<E> type, List<String> names) {
			Set<E> values = EnumSet.noneOf(type);
			for (String name : (names == null) ? List.<String>of() : names) {
				try {
					values.add(Enum.valueOf(type, name));
				}
				catch (IllegalArgumentException ex) {
					throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "选项无效，请重新选择");
				}
			}
			return values;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = (code == null) ? "" : code;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = (title == null) ? "" : title;
		}

		public List<String> getActions() {
			return this.actions;
		}

		public void setActions(List<String> actions) {
			this.actions = (actions == null) ? new ArrayList<>() : actions;
		}

		public String getUnitAmount() {
			return this.unitAmount;
		}

		public void setUnitAmount(String unitAmount) {
			this.unitAmount = (unitAmount == null) ? "" : unitAmount;
		}

		public boolean isUnitInclusive() {
			return this.unitInclusive;
		}

		public void setUnitInclusive(boolean unitInclusive) {
			this.unitInclusive = unitInclusive;
		}

		public String getIndividualAmount() {
			return this.individualAmount;
		}

		public void setIndividualAmount(String individualAmount) {
			this.individualAmount = (individualAmount == null) ? "" : individualAmount;
		}

		public boolean isIndividualInclusive() {
			return this.individualInclusive;
		}

		public void setIndividualInclusive(boolean individualInclusive) {
			this.individualInclusive = individualInclusive;
		}

		public boolean isHearingHeld() {
			return this.hearingHeld;
		}

		public void setHearingHeld(boolean hearingHeld) {
			this.hearingHeld = hearingHeld;
		}

		public List<String> getFlags() {
			return this.flags;
		}

		public void setFlags(List<String> flags) {
			this.flags = (flags == null) ? new ArrayList<>() : flags;
		}

		public List<String> getLevels() {
			return this.levels;
		}

		public void setLevels(List<String> levels) {
			this.levels = (levels == null) ? new ArrayList<>() : levels;
		}

		public List<String> getMaterials() {
			return this.materials;
		}

		public void setMaterials(List<String> materials) {
			this.materials = (materials == null) ? new ArrayList<>() : materials;
		}

		public boolean isCollectiveDiscussion() {
			return this.collectiveDiscussion;
		}

		public void setCollectiveDiscussion(boolean collectiveDiscussion) {
			this.collectiveDiscussion = collectiveDiscussion;
		}

	}

}
