package org.sanxiang.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The list's edit form: one row per item, the ratios per class in percent and the
 * checklist one line per row of text. Starts as a copy of the latest version.
 */
public class ItemForm {

	static final int MAX_ROWS = 30;

	private int basedOn;

	private List<Row> rows = new ArrayList<>();

	static ItemForm of(ItemList list) {
		ItemForm form = new ItemForm();
		if (list != null) {
			form.basedOn = list.version();
			list.items().forEach((item) -> form.rows.add(Row.of(item)));
		}
		form.rows.add(new Row());
		return form;
	}

	/** The items of the non-empty rows. */
	List<InspectionItem> items() {
		return this.rows.stream().filter((row) -> !row.isEmpty()).map(Row::item).toList();
	}

	public int getBasedOn() {
		return this.basedOn;
	}

	public void setBasedOn(int basedOn) {
		this.basedOn = basedOn;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One item as typed. */
	public static class Row {

		private String code;

		private String name;

		private String legalBasis;

		private Integer special;

		private Integer keyPolluter;

		private Integer general;

		private String frequency = "每季度";

		private String method = "现场检查";

		private int inspectorsPerTask = 2;

		private String checklist;

		static Row of(InspectionItem item) {
			Row row = new Row();
			row.code = item.code();
			row.name = item.name();
			row.legalBasis = item.legalBasis();
			row.special = item.ratio(ObjectClass.SPECIAL);
			row.keyPolluter = item.ratio(ObjectClass.KEY_POLLUTER);
			row.general = item.ratio(ObjectClass.GENERAL);
			row.frequency = item.frequency();
			row.method = item.method();
			row.inspectorsPerTask = item.inspectorsPerTask();
			row.checklist = String.join("\n", item.checklist());
			return row;
		}

		boolean isEmpty() {
			return blank(this.code) && blank(this.name) && blank(this.legalBasis) && blank(this.checklist);
		}

		InspectionItem item() {
			Map<ObjectClass, Integer> ratios = new EnumMap<>(ObjectClass.class);
			ratios.put(ObjectClass.SPECIAL, (this.special != null) ? this.special : 0);
			ratios.put(ObjectClass.KEY_POLLUTER, (this.keyPolluter != null) ? this.keyPolluter : 0);
			ratios.put(ObjectClass.GENERAL, (this.general != null) ? this.general : 0);
			List<String> lines = (this.checklist == null) ? List.of()
					: Arrays.stream(this.checklist.split("\\R"))
						.map(String::strip)
						.filter((l) -> !l.isEmpty())
						.toList();
			return new InspectionItem(strip(this.code), strip(this.name), strip(this.legalBasis), ratios,
					strip(this.frequency), this.method, this.inspectorsPerTask, lines);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		private static String strip(String text) {
			return (text == null) ? null : text.strip();
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getLegalBasis() {
			return this.legalBasis;
		}

		public void setLegalBasis(String legalBasis) {
			this.legalBasis = legalBasis;
		}

		public Integer getSpecial() {
			return this.special;
		}

		public void setSpecial(Integer special) {
			this.special = special;
		}

		public Integer getKeyPolluter() {
			return this.keyPolluter;
		}

		public void setKeyPolluter(Integer keyPolluter) {
			this.keyPolluter = keyPolluter;
		}

		public Integer getGeneral() {
			return this.general;
		}

		public void setGeneral(Integer general) {
			this.general = general;
		}

		public String getFrequency() {
			return this.frequency;
		}

		public void setFrequency(String frequency) {
			this.frequency = frequency;
		}

		public String getMethod() {
			return this.method;
		}

		public void setMethod(String method) {
			this.method = method;
		}

		public int getInspectorsPerTask() {
			return this.inspectorsPerTask;
		}

		public void setInspectorsPerTask(int inspectorsPerTask) {
			this.inspectorsPerTask = inspectorsPerTask;
		}

		public String getChecklist() {
			return this.checklist;
		}

		public void setChecklist(String checklist) {
			this.checklist = checklist;
		}

	}

}
