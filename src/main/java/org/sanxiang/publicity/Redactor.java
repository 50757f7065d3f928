package org.sanxiang.publicity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The automatic redaction proposal (脱敏) for a decision to be published: flagged trade
 * secrets, persons' addresses and birth dates (after their labels), ID numbers, bank
 * accounts, phone numbers and licence plates are removed, and natural persons' names —
 * those the caller knows and those written after a person's label (当事人, 法定代表人, 负责人, 联系人,
 * 证人 …) — are masked to the surname and 某某 (张某某). The publisher sees the proposal beside
 * the original and edits it before approving; {@link #residue} names what a text still
 * contains, so an approval that would publish it is refused. Enterprises' unified social
 * credit codes stay: they are published (双公示).
 */
final class Redactor {

	static final String SECRET_OPEN = "【商业秘密】";

	static final String SECRET_CLOSE = "【/商业秘密】";

	private static final Pattern SECRET = Pattern
		.compile(Pattern.quote(SECRET_OPEN) + ".*?(" + Pattern.quote(SECRET_CLOSE) + "|$)", Pattern.DOTALL);

	private static final Pattern ADDRESS = Pattern
		.compile("(家庭住址|现住址|户籍所在地|户籍地址|居住地址|居住地|住址|现住)([:：]?)[^，,。；;\\n（）()]*");

	private static final Pattern BIRTH = Pattern
		.compile("(出生日期|出生于|出生|生于)([:：]?)\\s*\\d{4}\\s*[年./-]\\s*\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*日?");

	/** 18-digit (and old 15-digit) ID numbers, any check character. */
	private static final Pattern ID = Pattern
		.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])|(?<!\\d)\\d{15}(?!\\d)");

	/** Bank accounts: 12–19 digits, also written in groups. */
	private static final Pattern ACCOUNT = Pattern
		.compile("(?<!\\d)\\d{4}(?:[ -]\\d{4}){2,3}(?:[ -]\\d{1,4})?(?!\\d)|(?<![0-9A-Za-z])\\d{12,19}(?![0-9A-Za-z])");

	private static final Pattern PHONE = Pattern.compile(
			"(?<!\\d)(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)|(?<!\\d)0\\d{2,3}[ -]?\\d{7,8}(?!\\d)");

	private static final Pattern PLATE = Pattern
		.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]");

	/**
	 * A person's label followed by a name: two to four Han characters, cut where a name
	 * cannot go on (see {@link #nameAfter}).
	 */
	private static final Pattern LABELLED_NAME = Pattern.compile(
			"(当事人|法定代表人|负责人|主要负责人|联系人|委托代理人|代理人|证人|举报人|投诉人|被询问人|被检查人|经营者|业主|户主|姓名|驾驶人|驾驶员|实际控制人|股东|员工|工人|个体工商户)([:：]?\\s*)(\\p{IsHan}{2,4})");

	/** Characters that end a name: punctuation, particles, and the verbs after it. */
	private static final String NAME_ENDS = "的于在系为等未已经对向称将拒自身电手住性男女出因涉无违非超擅偷私被和与及之是曾并也即现户证所";

	/** Words that make what follows a person's label an organisation's name. */
	private static final Pattern ORGANISATION_NAME = Pattern
		.compile("公司|有限|集团|厂|合作社|中心|企业|单位|门市|商行|经营部|养殖场|农场|医院|学校|酒店|宾馆|饭店|超市|加油站|矿|研究院|事务所|工作室");

	/** Words in a case title that name an organisation, not a person. */
	private static final Pattern ORGANISATION = Pattern
		.compile("公司|厂|场|店|社|中心|站|院|所|合作|集团|企业|单位|部|局|馆|队|行|园|矿|校|会|处|委|办|坊|铺|栏|户");

	/** Where a person's name at the head of a case title ends. */
	private static final Pattern TITLE_ACT = Pattern
		.compile("涉嫌|无证|未|违法|违规|非法|超标|擅自|拒不|偷排|私设|露天|焚烧|排放|倾倒|噪声|案|不正常|逃避|篡改|伪造");

	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
			"令狐", "长孙", "宇文", "夏侯", "轩辕", "端木", "司徒", "西门", "独孤", "南宫");

	/** Words after a label that are not a person's name. */
	private static final Set<String> NOT_NAMES = Set.of("某某", "本人", "单位", "企业", "公司", "同志", "未到", "无");

	private Redactor() {
	}

	/** The proposal for a text, masking also these persons' names. */
	static String propose(String text, Set<String> knownPersons) {
		if (text == null || text.isEmpty()) {
			return (text == null) ? "" : text;
		}
		String out = SECRET.matcher(text).replaceAll("〔涉及商业秘密的内容已删除〕");
		out = ADDRESS.matcher(out).replaceAll("$1$2〔已删除〕");
		out = BIRTH.matcher(out).replaceAll("$1$2〔已删除〕");
		out = ID.matcher(out).replaceAll("〔身份证号已删除〕");
		out = ACCOUNT.matcher(out).replaceAll("〔账号已删除〕");
		out = PHONE.matcher(out).replaceAll("〔电话已删除〕");
		out = PLATE.matcher(out).replaceAll("〔车牌号已删除〕");
		Set<String> names = new LinkedHashSet<>();
		if (knownPersons != null) {
			knownPersons.stream()
				.filter((n) -> n != null && n.strip().length() >= 2)
				.map(String::strip)
				.forEach(names::add);
		}
		names.addAll(labelledNames(out));
		List<String> longestFirst = new ArrayList<>(names);
		longestFirst.sort(Comparator.comparingInt(String::length).reversed());
		for (String name : longestFirst) {
			out = out.replace(name, masked(name));
		}
		return out;
	}

	/**
	 * The name at the head of what follows a person's label: the surname and one or two
	 * characters (two or three after a compound surname), shorter where a character that
	 * cannot be part of a name comes; over-masking a following word is the safe error.
	 */
	static String nameAfter(String han) {
		int surname = COMPOUND_SURNAMES.stream().anyMatch(han::startsWith) ? 2 : 1;
		if (han.length() <= surname) {
			return null;
		}
		int end = surname + 1;
		if (han.length() > end && NAME_ENDS.indexOf(han.charAt(end)) < 0) {
			end++;
		}
		return han.substring(0, end);
	}

	/**
	 * The proposal for a case title: as {@link #propose}, and a title that names no
	 * organisation and begins with a person's name (张三丰无证排污案) has it masked.
	 */
	static String proposeTitle(String title, Set<String> knownPersons) {
		Set<String> persons = new LinkedHashSet<>((knownPersons == null) ? Set.of() : knownPersons);
		String head = titlePerson(title);
		if (head != null) {
			persons.add(head);
		}
		return propose(title, persons);
	}

	/** A person's name at the head of a case title (张三丰无证排污案), if any. */
	static String titlePerson(String title) {
		if (title == null) {
			return null;
		}
		Matcher act = TITLE_ACT.matcher(title);
		if (act.find() && act.start() >= 2 && act.start() <= 4) {
			String head = title.substring(0, act.start());
			if (head.codePoints().allMatch(Redactor::isHan) && !head.contains("某")
					&& !ORGANISATION.matcher(head).find()) {
				return head;
			}
		}
		return null;
	}

	/**
	 * The proposal for a decision's title and text together: a person named in either is
	 * masked in both.
	 */
	static Proposal proposeDecision(String title, String text) {
		Set<String> persons = new LinkedHashSet<>(labelledNames((title == null) ? "" : title));
		persons.addAll(labelledNames((text == null) ? "" : text));
		String head = titlePerson(title);
		if (head != null) {
			persons.add(head);
		}
		return new Proposal(propose(title, persons), propose(text, persons));
	}

	/** A proposed title and text. */
	record Proposal(String title, String text) {
	}

	/** The names written after a person's label. */
	static Set<String> labelledNames(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher labelled = LABELLED_NAME.matcher(text);
		while (labelled.find()) {
			String clause = text.substring(labelled.start(3)).split("[，,。；;、\\s（(]", 2)[0];
			for (int i = 1; i < clause.length(); i++) {
				if (NAME_ENDS.indexOf(clause.charAt(i)) >= 0) {
					clause = clause.substring(0, i);
					break;
				}
			}
			String name = nameAfter(labelled.group(3));
			if (name != null && !ORGANISATION_NAME.matcher(clause).find() && !NOT_NAMES.contains(name)
					&& !name.contains("某")) {
				names.add(name);
			}
		}
		return names;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/** 张三 → 张某某, 欧阳修 → 欧阳某某. */
	static String masked(String name) {
		String surname = COMPOUND_SURNAMES.stream()
			.filter((s) -> name.startsWith(s) && name.length() > s.length())
			.findFirst()
			.orElse(name.substring(0, 1));
		return surname + "某某";
	}

	/**
	 * The kinds of personal data a text still contains (in Chinese), empty when none is
	 * found; checked before an approved copy is published.
	 */
	static List<String> residue(String text, Set<String> knownPersons) {
		if (text == null) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		if (text.contains(SECRET_OPEN)) {
			found.add("标记的商业秘密");
		}
		if (ID.matcher(text).find()) {
			found.add("身份证号");
		}
		if (ACCOUNT.matcher(text).find()) {
			found.add("银行账号");
		}
		if (PHONE.matcher(text).find()) {
			found.add("电话号码");
		}
		if (PLATE.matcher(text).find()) {
			found.add("车牌号");
		}
		if (knownPersons != null && knownPersons.stream()
			.filter((n) -> n != null && n.strip().length() >= 2)
			.anyMatch((n) -> text.contains(n.strip()))) {
			found.add("自然人姓名");
		}
		return found;
	}

}
