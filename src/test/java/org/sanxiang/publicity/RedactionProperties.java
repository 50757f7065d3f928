package org.sanxiang.publicity;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's redaction property: 10,000 generated decisions with personal data planted in
 * every free-text field (case title, penalty, digest) — natural persons' names after a
 * person's label and at the head of a person's case title, ID numbers with a valid check
 * character, mobile and fixed phones, bank cards (Luhn-valid), persons' addresses, birth
 * dates, licence plates, flagged trade secrets — go through the pipeline as the publisher
 * who approves the proposal unchanged; the HTML of the decision page and of the list (the
 * real templates), the JSON, the CSV, the Atom feed and the search index then hold none
 * of it. The scanner is independent of the redactor: its own regexes (ID numbers only
 * with a valid check character, phones, cards by Luhn) over text whose digit groups are
 * joined, and the planted values themselves.
 */
class RedactionProperties {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国红玉文辉鑫宇浩然子涵欣怡梓轩晨博一诺雨泽俊海波峰林斌晓东志宏春燕为民小经自家";

	private static final List<String> COMPOUND = List.of("欧阳", "司马", "诸葛", "上官");

	private static final List<String> LABELS = List.of("当事人", "法定代表人：", "负责人", "联系人：", "证人", "被询问人", "经营者", "驾驶人",
			"委托代理人：", "实际控制人");

	private static final List<String> AFTER = List.of("，", "。", "（", "于2026年9月1日", "未取得排污许可证", "拒不改正", "称", "、", "在现场",
			"系该厂负责人", " ", "身份证号");

	private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

	private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static SpringTemplateEngine engine;

	private static JakartaServletWebApplication application;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeContainer
	static void templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/publicity");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		application = JakartaServletWebApplication.buildApplication(new MockServletContext());
	}

	/** One generated decision and the personal data planted in it. */
	record Planted(String title, String penalty, String digest, List<String> values, String party) {

		Planted(String title, String penalty, String digest, List<String> values) {
			this(title, penalty, digest, values, null);
		}

	}

	@Property(tries = 10_000)
	void noPlantedPersonalDataSurvivesInAnyPublicForm(@ForAll("decisions") Planted decision) {
		String text = Publications.decisionText(decision.penalty(), decision.digest());
		Redactor.Proposal proposal = Redactor.proposeDecision(decision.title(), text);
		String title = proposal.title();
		String body = proposal.text();
		assertThat(Redactor.residue(title + "\n" + body, Set.of())).as("the approval would be refused").isEmpty();
		Publication p = new Publication(1L, "0123456789abcdef01234567", 1L, "ISSUED", 1L, "牡丹江市生态环境局", "PENALTY",
				"行政处罚决定", decision.title(), LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 14), 7, text, title, body,
				title, body, Publication.Status.PUBLISHED, 1, 1, null, null, null, null, null,
				LocalDate.of(2026, 9, 30), LocalDate.of(2029, 9, 30), null);
		// the 双公示 fields: the party a natural person (the planted name) or an
		// organisation, the basis free text
		String party = (decision.party() != null) ? decision.party() : "牡丹江某化工有限公司";
		org.sanxiang.casefile.CaseEvent.PartyCategory kind = (decision.party() != null)
				? org.sanxiang.casefile.CaseEvent.PartyCategory.NATURAL_PERSON
				: org.sanxiang.casefile.CaseEvent.PartyCategory.LEGAL_PERSON;
		CreditFields credit = new CreditFields(1L, party, CreditRecords.publicName(party, kind), kind.name(), null, 1L,
				"牡环罚〔2026〕1号", List.of("罚款"), java.math.BigDecimal.valueOf(50_000),
				Redactor.propose(decision.digest(), (decision.party() != null) ? Set.of(decision.party()) : Set.of()),
				"MDJ");
		PublicDecision served = PublicDecision.of(p, null, credit);

		Map<String, String> forms = Map.of("HTML of the decision page",
				html("portal/decision", Map.of("decision", served)), "HTML of the list",
				html("portal/decisions", Map.of("decisions", List.of(served), "result",
						new Publications.SearchResult(List.of(p), 1, 0, 20), "form",
						new PublicDecisionController.Form(null, null, null, null, null, null), "agencies", List.of())),
				"JSON", JSON.writeValueAsString(served), "CSV", OpenData.csv(List.of(served)), "双公示 CSV",
				OpenData.creditCsv(List.of(served)), "Atom feed", OpenData.atom(List.of(served),
						"https://gongshi.example.gov.cn", "黑龙江省生态环境厅", ZoneId.of("Asia/Shanghai")),
				"search index", Publications.searchText(title, body));
		forms.forEach((form, content) -> assertThat(residue(content, decision.values())).as(form + " of " + decision)
			.isEmpty());
	}

	private static String html(String template, Map<String, Object> model) {
		WebContext context = new WebContext(
				application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()),
				Locale.SIMPLIFIED_CHINESE);
		context.setVariables(model);
		context.setVariable("agencyName", "黑龙江省生态环境厅");
		StringWriter out = new StringWriter();
		engine.process(template, context, out);
		return out.toString();
	}

	// --- the scanner, independent of the redactor ---

	private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)[ \\-](?=\\d)");

	private static final Pattern ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:86)?1[3-9]\\d{9}(?!\\d)");

	private static final Pattern DIGITS = Pattern.compile("\\d{13,19}");

	static List<String> residue(String content, List<String> planted) {
		List<String> found = new ArrayList<>();
		String joined = DIGIT_GROUPS.matcher(content).replaceAll("");
		Matcher id = ID.matcher(joined);
		while (id.find()) {
			if (validIdCheck(id.group())) {
				found.add("ID " + id.group());
			}
		}
		Matcher mobile = MOBILE.matcher(joined);
		while (mobile.find()) {
			found.add("phone " + mobile.group());
		}
		Matcher digits = DIGITS.matcher(joined);
		while (digits.find()) {
			if (luhn(digits.group())) {
				found.add("card " + digits.group());
			}
		}
		for (String value : planted) {
			if (content.contains(value) || joined.contains(DIGIT_GROUPS.matcher(value).replaceAll(""))) {
				found.add("planted " + value);
			}
		}
		return found;
	}

	static boolean validIdCheck(String id) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * weights[i];
		}
		return "10X98765432".charAt(sum % 11) == Character.toUpperCase(id.charAt(17));
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	// --- the generator ---

	@Provide
	Arbitrary<Planted> decisions() {
		Arbitrary<List<Item>> items = item().list().ofMinSize(1).ofMaxSize(6);
		return Combinators.combine(items, items, items, Arbitraries.of(true, false), person())
			.as((inTitle, inPenalty, inDigest, personTitle, titleName) -> {
				List<String> values = new ArrayList<>();
				String title = personTitle ? titleName + "无证排污案" : "某化工有限公司超标排放案";
				if (personTitle) {
					values.add(titleName);
				}
				title = title + join(inTitle, values);
				return new Planted(title, "罚款人民币伍万元" + join(inPenalty, values), join(inDigest, values), values,
						personTitle ? titleName : null);
			});
	}

	private static String join(List<Item> items, List<String> values) {
		StringBuilder out = new StringBuilder();
		for (Item item : items) {
			out.append("经查，").append(item.text()).append("。");
			values.addAll(item.values());
		}
		return out.toString();
	}

	/** A sentence with one planted datum and its literal values. */
	record Item(String text, List<String> values) {
	}

	private Arbitrary<Item> item() {
		return Arbitraries.oneOf(labelledName(), idNumber(), phone(), card(), address(), birthDate(), plate(),
				secret());
	}

	private Arbitrary<String> person() {
		Arbitrary<String> surname = Arbitraries
			.oneOf(Arbitraries.of(SURNAMES.chars().mapToObj(Character::toString).toList()), Arbitraries.of(COMPOUND));
		Arbitrary<String> given = Arbitraries.of(GIVEN.chars().mapToObj(Character::toString).toList())
			.list()
			.ofMinSize(1)
			.ofMaxSize(2)
			.map((chars) -> String.join("", chars));
		return Combinators.combine(surname, given).as((s, g) -> s + g);
	}

	private Arbitrary<Item> labelledName() {
		return Combinators.combine(Arbitraries.of(LABELS), person(), Arbitraries.of(AFTER))
			.as((label, name, after) -> new Item(label + name + after, List.of(name)));
	}

	private Arbitrary<Item> idNumber() {
		return Combinators
			.combine(Arbitraries.strings().numeric().ofLength(6), Arbitraries.integers().between(1950, 2008),
					Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
					Arbitraries.strings().numeric().ofLength(3), Arbitraries.of("公民身份号码", "身份证号：", "身份证号码", ""))
			.as((area, year, month, day, seq, label) -> {
				String body = area.replaceFirst("^0", "1") + year + String.format("%02d%02d", month, day) + seq;
				String id = body + idCheck(body);
				return new Item(label + id, List.of(id));
			});
	}

	private static char idCheck(String body) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	private Arbitrary<Item> phone() {
		Arbitrary<String> mobile = Combinators
			.combine(Arbitraries.of("13", "15", "17", "18", "19"), Arbitraries.strings().numeric().ofLength(9),
					Arbitraries.of("", "+86 ", "86"), Arbitraries.of(true, false))
			.as((prefix, rest, country, spaced) -> {
				String number = prefix + rest;
				String written = spaced
						? number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7) : number;
				return country + written + "|" + number;
			});
		Arbitrary<String> fixed = Combinators
			.combine(Arbitraries.of("0453", "010", "0451", "021"), Arbitraries.strings().numeric().ofLength(8))
			.as((area, rest) -> area + "-" + rest.replaceFirst("^0", "6") + "|" + area + "-"
					+ rest.replaceFirst("^0", "6"));
		return Combinators.combine(Arbitraries.oneOf(mobile, fixed), Arbitraries.of("联系电话", "手机：", "电话 ", "办公电话："))
			.as((both, label) -> {
				String[] parts = both.split("\\|");
				return new Item(label + parts[0], List.of(parts[1]));
			});
	}

	private Arbitrary<Item> card() {
		return Combinators
			.combine(Arbitraries.of("622202", "621700", "623668", "436742", "622848"),
					Arbitraries.integers().between(16, 19), Arbitraries.strings().numeric().ofLength(12),
					Arbitraries.of(true, false))
			.as((bin, length, rest, grouped) -> {
				String body = (bin + rest).substring(0, length - 1);
				String number = body + luhnCheck(body);
				String written = grouped ? number.replaceAll("(\\d{4})(?=\\d)", "$1 ") : number;
				return new Item("银行账号" + written, List.of(number));
			});
	}

	private static int luhnCheck(String body) {
		for (int d = 0; d <= 9; d++) {
			if (luhn(body + d)) {
				return d;
			}
		}
		throw new IllegalStateException();
	}

	private Arbitrary<Item> address() {
		return Combinators
			.combine(Arbitraries.of("住址", "家庭住址：", "现住", "户籍所在地"), Arbitraries.of("东安区", "爱民区", "西安区", "阳明区"),
					Arbitraries.of("光华街", "太平路", "西三条路", "幸福北路"), Arbitraries.integers().between(1, 999))
			.as((label, district, street, no) -> {
				String at = "牡丹江市" + district + street + no + "号";
				return new Item(label + at, List.of(street + no + "号"));
			});
	}

	private Arbitrary<Item> birthDate() {
		return Combinators
			.combine(Arbitraries.of("出生日期：", "出生于", "生于"), Arbitraries.integers().between(1950, 2005),
					Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
			.as((label, y, m, d) -> {
				String date = y + "年" + m + "月" + d + "日";
				return new Item(label + date, List.of(label + date));
			});
	}

	private Arbitrary<Item> plate() {
		return Combinators
			.combine(Arbitraries.of(PROVINCES.chars().mapToObj(Character::toString).toList()),
					Arbitraries.of(PLATE_LETTERS.chars().mapToObj(Character::toString).toList()),
					Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ").ofLength(5))
			.as((province, letter, rest) -> {
				String plate = province + letter + rest;
				return new Item("运输车辆车牌号" + plate, List.of(plate));
			});
	}

	private Arbitrary<Item> secret() {
		return Arbitraries.of("工艺配方为硫酸铵比例三比七", "客户名单含哈尔滨某厂", "年产能十二万吨的设备参数")
			.map((s) -> new Item(Redactor.SECRET_OPEN + s + Redactor.SECRET_CLOSE, List.of(s)));
	}

}
