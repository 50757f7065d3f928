package org.sanxiang.licensing;

import java.sql.Timestamp;
import java.text.Collator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies' service windows (政务服务窗口) and their rosters. The unit head of an agency
 * registers and changes its windows and the staff on duty there — officers of the
 * window's own agency only; anyone reads them on the portal, where the staff on duty
 * today (on the agency's calendar, Asia/Shanghai) are shown with their 执法证号 and nothing
 * personal. Every change is audited; a lost race is a 409.
 */
@Service
public class ServiceWindows {

	/** The most licence type codes one window lists. */
	public static final int MAX_MATTERS = 20;

	/** The sortable columns of the windows' list, with their Chinese names. */
	public static final Map<String, String> SORTABLE = Map.of("name", "窗口名称", "address", "地址");

	/** The sortable columns of a roster, with their Chinese names. */
	public static final Map<String, String> ROSTER_SORTABLE = Map.of("from", "起始日期", "name", "姓名");

	private static final Comparator<ServiceWindow> WINDOW_ID = Comparator.comparing(ServiceWindow::id);

	private static final Map<String, Comparator<ServiceWindow>> ORDERS = Map.of("name",
			Comparator.comparing(ServiceWindow::name, Collator.getInstance(Locale.CHINA)).thenComparing(WINDOW_ID),
			"address",
			Comparator.comparing(ServiceWindow::address, Collator.getInstance(Locale.CHINA)).thenComparing(WINDOW_ID));

	private static final Comparator<ServiceWindowDuty> DUTY_ID = Comparator.comparing(ServiceWindowDuty::id);

	private static final Map<String, Comparator<ServiceWindowDuty>> ROSTER_ORDERS = Map.of("from",
			Comparator.comparing(ServiceWindowDuty::from).thenComparing(DUTY_ID), "name",
			Comparator.comparing(ServiceWindowDuty::officerName, Collator.getInstance(Locale.CHINA))
				.thenComparing(DUTY_ID));

	private static final String SELECT = """
			select id, agency_id, name, address, hours_text, open_days, opens_at, closes_at, phone, matters,
			       complaint_phone, complaint_mail, forms_note, version
			from service_window""";

	private final JdbcClient jdbc;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	ServiceWindows(JdbcClient jdbc, OfficerRegistry officers, BusinessTime time, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.time = time;
		this.events = events;
	}

	/** Today on the agency's calendar (Asia/Shanghai). */
	public LocalDate today() {
		return this.time.today();
	}

	/** One page of the windows of the agencies in scope. */
	public ResultPage<ServiceWindow> page(Set<Long> scope, Paging.Params params) {
		Paging paging = Paging.of(params, "name", false, SORTABLE);
		List<ServiceWindow> all = scope.isEmpty() ? List.of()
				: read(SELECT + " where agency_id in (:scope) fetch first 1000 rows only", Map.of("scope", scope));
		return paging.slice(all, ORDERS);
	}

	/** One window within the scope, or 404. */
	public ServiceWindow window(long id, Set<Long> scope) {
		return read(SELECT + " where id = :id", Map.of("id", id)).stream()
			.filter((w) -> scope.contains(w.agencyId()))
			.findFirst()
			.orElseThrow(() -> RuleViolation.notFound("服务窗口"));
	}

	/** One window of any agency (the portal shows them all), or 404. */
	public ServiceWindow publicWindow(long id) {
		return read(SELECT + " where id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> RuleViolation.notFound("服务窗口"));
	}

	/** One page of a window's roster. */
	public ResultPage<ServiceWindowDuty> roster(ServiceWindow window, Paging.Params params) {
		Paging paging = Paging.of(params, "from", true, ROSTER_SORTABLE);
		return paging.slice(duties(window), ROSTER_ORDERS);
	}

	/** Who is on duty at the window on this day, by name. */
	public List<ServiceWindowDuty> onDuty(ServiceWindow window, LocalDate day) {
		if (!window.openOn(day.getDayOfWeek())) {
			return List.of();
		}
		return duties(window).stream().filter((d) -> d.onDutyOn(day)).sorted(ROSTER_ORDERS.get("name")).toList();
	}

	/** Registers a window of the actor's agency. */
	@Transactional
	public ServiceWindow register(ServiceWindowForm form, Actor actor) {
		Checked c = check(form);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into service_window (agency_id, name, address, hours_text, open_days, opens_at, closes_at, phone,
				                            matters, complaint_phone, complaint_mail, forms_note, created_at)
				values (:agency, :name, :address, :hours, :days, :opens, :closes, :phone, :matters, :cphone, :cmail,
				        :forms, :now)""")
			.param("agency", actor.agencyId())
			.params(c.params())
			.param("now", Timestamp.from(this.time.now()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.events.publishEvent(new ServiceWindowChanged(id, actor.agencyId(), c.name(), "REGISTERED", c.address()));
		return window(id, Set.of(actor.agencyId()));
	}

	/** Changes a window's particulars; a stale version is a 409. */
	@Transactional
	public ServiceWindow change(long id, int expectedVersion, ServiceWindowForm form, Set<Long> scope, Actor actor) {
		ServiceWindow window = window(id, scope);
		Checked c = check(form);
		int updated = this.jdbc.sql("""
				update service_window set name = :name, address = :address, hours_text = :hours, open_days = :days,
				       opens_at = :opens, closes_at = :closes, phone = :phone, matters = :matters,
				       complaint_phone = :cphone, complaint_mail = :cmail, forms_note = :forms, version = version + 1
				where id = :id and version = :version""")
			.params(c.params())
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated != 1) {
			throw RuleViolation.conflict("该服务窗口已被他人修改，请刷新后重试");
		}
		this.events.publishEvent(new ServiceWindowChanged(id, window.agencyId(), c.name(), "CHANGED", c.address()));
		return window(id, scope);
	}

	/**
	 * Puts an officer of the window's own agency on its roster, from a day (to a day, or
	 * open-ended), on the listed weekdays or (none listed) every day the window is open.
	 */
	@Transactional
	public ServiceWindowDuty addDuty(long windowId, Long officerId, String duties, LocalDate from, LocalDate to,
			List<String> weekdays, Set<Long> scope, Actor actor) {
		ServiceWindow window = window(windowId, scope);
		if (officerId == null) {
			throw invalid("WINDOW_DUTY_OFFICER_REQUIRED", "请选择在岗人员");
		}
		Officer officer = this.officers.within(Set.of(window.agencyId()), null)
			.stream()
			.filter((o) -> o.id() == officerId.longValue())
			.findFirst()
			.orElseThrow(() -> invalid("WINDOW_DUTY_OTHER_AGENCY", "窗口只能安排本机关的执法人员在岗"));
		String what = text(duties, 200, "岗位职责");
		if (from == null) {
			throw invalid("WINDOW_DUTY_FROM_REQUIRED", "请填写在岗起始日期");
		}
		if (to != null && to.isBefore(from)) {
			throw invalid("WINDOW_DUTY_DATES", "在岗截止日期不能早于起始日期");
		}
		Set<DayOfWeek> days = days(weekdays, false);
		this.jdbc
			.sql("""
					insert into service_window_duty (window_id, officer_id, duties, from_date, to_date, weekdays, created_at)
					values (:window, :officer, :duties, :from, :to, :days, :now)""")
			.param("window", windowId)
			.param("officer", officer.id())
			.param("duties", what)
			.param("from", from)
			.param("to", to)
			.param("days", days.isEmpty() ? null : encode(days))
			.param("now", Timestamp.from(this.time.now()))
			.update();
		this.events.publishEvent(new ServiceWindowChanged(windowId, window.agencyId(), window.name(), "DUTY_ADDED",
				officer.name() + "（" + officer.certificateNumber() + "）" + what + "，" + from + " 起"
						+ ((to != null) ? "至 " + to : "")));
		return duties(window).stream()
			.filter((d) -> d.officerId() == officer.id())
			.max(DUTY_ID)
			.orElseThrow(() -> RuleViolation.notFound("在岗安排"));
	}

	/** Takes a line off the window's roster. */
	@Transactional
	public void removeDuty(long windowId, long dutyId, Set<Long> scope, Actor actor) {
		ServiceWindow window = window(windowId, scope);
		ServiceWindowDuty duty = duties(window).stream()
			.filter((d) -> d.id() == dutyId)
			.findFirst()
			.orElseThrow(() -> RuleViolation.notFound("在岗安排"));
		this.jdbc.sql("delete from service_window_duty where id = :id and window_id = :window")
			.param("id", dutyId)
			.param("window", windowId)
			.update();
		this.events.publishEvent(new ServiceWindowChanged(windowId, window.agencyId(), window.name(), "DUTY_REMOVED",
				duty.officerName() + "（" + duty.certificateNumber() + "）" + duty.duties()));
	}

	/** The officers who may be put on a window's roster. */
	public List<Officer> officersFor(ServiceWindow window) {
		return this.officers.within(Set.of(window.agencyId()), null);
	}

	private List<ServiceWindowDuty> duties(ServiceWindow window) {
		Map<Long, Officer> byId = this.officers.within(Set.of(window.agencyId()), null)
			.stream()
			.collect(Collectors.toMap(Officer::id, Function.identity(), (a, b) -> a));
		return this.jdbc.sql("""
				select id, officer_id, duties, from_date, to_date, weekdays from service_window_duty
				where window_id = :window order by id fetch first 1000 rows only""")
			.param("window", window.id())
			.query((rs, n) -> {
				long officerId = rs.getLong("officer_id");
				Officer officer = byId.get(officerId);
				return new ServiceWindowDuty(rs.getLong("id"), window.id(), officerId,
						(officer != null) ? officer.name() : "—", (officer != null) ? officer.certificateNumber() : "",
						rs.getString("duties"), rs.getDate("from_date").toLocalDate(),
						(rs.getDate("to_date") != null) ? rs.getDate("to_date").toLocalDate() : null,
						decode(rs.getString("weekdays")));
			})
			.list();
	}

	private List<ServiceWindow> read(String sql, Map<String, ?> params) {
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new ServiceWindow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("name"),
					rs.getString("address"), rs.getString("hours_text"), decode(rs.getString("open_days")),
					rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
					rs.getString("phone"), List.of(rs.getString("matters").split(" ")), rs.getString("complaint_phone"),
					rs.getString("complaint_mail"), rs.getString("forms_note"), rs.getInt("version")))
			.list();
	}

	private record Checked(String name, String address, Map<String, Object> params) {
	}

	private Checked check(ServiceWindowForm form) {
		if (form == null) {
			throw invalid("WINDOW_FIELD_INVALID", "请填写服务窗口信息");
		}
		String name = text(form.name(), 100, "窗口名称");
		String address = text(form.address(), 200, "办公地点");
		String hours = text(form.hoursText(), 200, "办公时间说明");
		Set<DayOfWeek> days = days(form.openDays(), true);
		LocalTime opens = time(form.opensAt(), "开始办公时间");
		LocalTime closes = time(form.closesAt(), "结束办公时间");
		if (!closes.isAfter(opens)) {
			throw invalid("WINDOW_HOURS", "结束办公时间须晚于开始办公时间");
		}
		String phone = phone(form.phone(), true, "咨询电话");
		List<String> matters = matters(form.matters());
		String complaintPhone = phone(form.complaintPhone(), false, "投诉电话");
		String mail = blank(form.complaintMail()) ? null : form.complaintMail().strip();
		if (mail != null && (mail.length() > 100 || !mail.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"))) {
			throw invalid("WINDOW_MAIL", "投诉邮箱格式不正确");
		}
		String forms = blank(form.formsNote()) ? null : text(form.formsNote(), 500, "示范文本说明");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("name", name);
		params.put("address", address);
		params.put("hours", hours);
		params.put("days", encode(days));
		params.put("opens", opens);
		params.put("closes", closes);
		params.put("phone", phone);
		params.put("matters", String.join(" ", matters));
		params.put("cphone", complaintPhone);
		params.put("cmail", mail);
		params.put("forms", forms);
		return new Checked(name, address, params);
	}

	private static List<String> matters(String value) {
		if (blank(value)) {
			throw invalid("WINDOW_MATTERS_REQUIRED", "请填写窗口受理的许可事项（许可类别代码）");
		}
		List<String> codes = Arrays.stream(value.strip().split("[\\s,，、]+"))
			.filter((s) -> !s.isBlank())
			.map((s) -> s.toUpperCase(Locale.ROOT))
			.distinct()
			.toList();
		if (codes.size() > MAX_MATTERS) {
			throw invalid("WINDOW_MATTERS_TOO_MANY", "一个窗口最多列 " + MAX_MATTERS + " 个许可事项");
		}
		for (String code : codes) {
			if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
				throw invalid("WINDOW_MATTER_CODE", "许可类别代码须为大写字母、数字或下划线（2–40位），如 EIA_REPORT");
			}
		}
		return codes;
	}

	private static Set<DayOfWeek> days(List<String> values, boolean required) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (values != null) {
			for (String value : values) {
				if (blank(value)) {
					continue;
				}
				try {
					days.add(DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw invalid("WINDOW_WEEKDAY", "星期须从列表中选择");
				}
			}
		}
		if (required && days.isEmpty()) {
			throw invalid("WINDOW_OPEN_DAYS_REQUIRED", "请选择窗口的办公日");
		}
		return days;
	}

	private static String encode(Set<DayOfWeek> days) {
		return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
	}

	private static Set<DayOfWeek> decode(String value) {
		if (blank(value)) {
			return Set.of();
		}
		Set<DayOfWeek> days = new LinkedHashSet<>();
		for (String day : value.split(",")) {
			days.add(DayOfWeek.valueOf(day));
		}
		return EnumSet.copyOf(days);
	}

	private static LocalTime time(String value, String what) {
		if (blank(value)) {
			throw invalid("WINDOW_TIME", "请填写" + what + "（时:分，如 08:30）");
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw invalid("WINDOW_TIME", what + "须为 时:分，如 08:30");
		}
	}

	private static String phone(String value, boolean required, String what) {
		if (blank(value)) {
			if (required) {
				throw invalid("WINDOW_PHONE", "请填写" + what);
			}
			return null;
		}
		String phone = value.strip();
		if (!phone.matches("[0-9][0-9-]{4,19}")) {
			throw invalid("WINDOW_PHONE", what + "须为5–20位数字或连字符，如 0453-6171234");
		}
		return phone;
	}

	private static String text(String value, int max, String what) {
		if (!PlainText.isAcceptable(value, max)) {
			throw invalid("WINDOW_FIELD_INVALID", "请填写" + what + "（1–" + max + "个字符，不含控制字符或尖括号）");
		}
		return value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static RuleViolation invalid(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.BAD_REQUEST);
	}

}
