package org.sanxiang.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of recording devices (执法记录仪 and others) of each agency: serial numbers
 * unique within the agency, the officer of the same agency who carries the device, every
 * status change kept with its day and reason, and the last upload of evidence recorded
 * with it (derived from the items linked to it, never stored twice).
 */
@Service
@EnableConfigurationProperties(RecordingDeviceProperties.class)
public class RecordingDevices {

	private static final String SELECT = """
			select d.id, d.agency_id, d.name, d.serial_number, d.device_type, d.officer_id, d.status, d.status_since,
			       d.version, (select max(e.uploaded_at) from evidence_item_device l
			                   join evidence_item e on e.id = l.evidence_item_id where l.device_id = d.id) as last_upload
			from recording_device d""";

	private final JdbcClient jdbc;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	private final RecordingDeviceProperties properties;

	RecordingDevices(JdbcClient jdbc, OfficerRegistry officers, BusinessTime time, ApplicationEventPublisher events,
			RecordingDeviceProperties properties) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.time = time;
		this.events = events;
		this.properties = properties;
	}

	public RecordingDeviceProperties properties() {
		return this.properties;
	}

	/** The devices of the agencies in scope, by agency and serial number. */
	public List<RecordingDevice> within(Set<Long> scope) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return read(SELECT + " where d.agency_id in (:scope) order by d.agency_id, d.serial_number",
				Map.of("scope", scope));
	}

	/** The devices assigned to the officers the account is linked to. */
	public List<RecordingDevice> ofAccount(long accountId) {
		List<Long> ids = this.officers.ofAccount(accountId).stream().map(Officer::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return read(SELECT + " where d.officer_id in (:ids) order by d.serial_number", Map.of("ids", ids));
	}

	/** One device within the scope, or 404. */
	public RecordingDevice device(long id, Set<Long> scope) {
		return read(SELECT + " where d.id = :id", Map.of("id", id)).stream()
			.filter((d) -> scope.contains(d.agencyId()))
			.findFirst()
			.orElseThrow(() -> RuleViolation.notFound("记录设备"));
	}

	public List<DeviceStatusChange> history(long deviceId) {
		return this.jdbc.sql("""
				select status, changed_on, reason, changed_by_name, recorded_at from recording_device_status
				where device_id = :id order by id""")
			.param("id", deviceId)
			.query((rs, n) -> new DeviceStatusChange(DeviceStatus.valueOf(rs.getString("status")),
					rs.getDate("changed_on").toLocalDate(), rs.getString("reason"), rs.getString("changed_by_name"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** Registers a device of the actor's agency, 在用 from today. */
	@Transactional
	public RecordingDevice register(String name, String serialNumber, DeviceType type, Long officerId, Actor actor) {
		String cleanName = text(name, 100, "设备名称");
		String serial = text(serialNumber, 64, "序列号");
		if (type == null) {
			throw invalid("DEVICE_TYPE_REQUIRED", "请选择设备类型");
		}
		String officerName = (officerId != null) ? officerOf(officerId, actor.agencyId()).name() : null;
		LocalDate today = this.time.today();
		long id;
		try {
			id = this.jdbc.sql("""
					insert into recording_device (agency_id, name, serial_number, device_type, officer_id, status,
					                              status_since, registered_at)
					values (:agency, :name, :serial, :type, :officer, 'IN_USE', :today, :now)""")
				.param("agency", actor.agencyId())
				.param("name", cleanName)
				.param("serial", serial)
				.param("type", type.name())
				.param("officer", officerId)
				.param("today", today)
				.param("now", Timestamp.from(this.time.now()))
				.update();
			id = lastId(serial, actor);
		}
		catch (DuplicateKeyException ex) {
			throw invalid("DEVICE_SERIAL_TAKEN", "序列号 " + serial + " 已在本机关登记，不能重复登记");
		}
		appendHistory(id, DeviceStatus.IN_USE, today, "登记启用", actor);
		this.events.publishEvent(new RecordingDeviceChanged(id, actor.agencyId(), cleanName + "（" + serial + "）",
				"REGISTERED", type.chineseName() + ((officerName != null) ? "，配发给 " + officerName : "")));
		return device(id, Set.of(actor.agencyId()));
	}

	private long lastId(String serial, Actor actor) {
		return this.jdbc.sql("select id from recording_device where agency_id = :agency and serial_number = :serial")
			.param("agency", actor.agencyId())
			.param("serial", serial)
			.query(Long.class)
			.single();
	}

	/** Assigns the device to an officer of its own agency, or to nobody. */
	@Transactional
	public RecordingDevice assign(long deviceId, int expectedVersion, Long officerId, Set<Long> scope, Actor actor) {
		RecordingDevice device = device(deviceId, scope);
		String officerName = (officerId != null) ? officerOf(officerId, device.agencyId()).name() : "无";
		bump(device, expectedVersion, "officer_id = :officer", Map.of("officer", Optional.ofNullable(officerId)));
		this.events.publishEvent(new RecordingDeviceChanged(deviceId, device.agencyId(), device.label(), "ASSIGNED",
				"配发给 " + officerName));
		return device(deviceId, scope);
	}

	/**
	 * Changes the status from a day with a reason, kept in the history. 报废 is final; the
	 * day may not lie before the current status's day nor in the future.
	 */
	@Transactional
	public RecordingDevice changeStatus(long deviceId, int expectedVersion, DeviceStatus status, LocalDate on,
			String reason, Set<Long> scope, Actor actor) {
		RecordingDevice device = device(deviceId, scope);
		if (status == null) {
			throw invalid("DEVICE_STATUS_REQUIRED", "请选择设备状态");
		}
		String why = text(reason, 500, "变更原因");
		if (on == null || on.isAfter(this.time.today()) || on.isBefore(device.statusSince())) {
			throw invalid("DEVICE_STATUS_DATE", "变更日期须在当前状态起始日（" + device.statusSince() + "）与今天之间");
		}
		if (device.status() == DeviceStatus.SCRAPPED) {
			throw new RuleViolation("DEVICE_SCRAPPED", "设备已报废，不能再变更状态");
		}
		if (device.status() == status) {
			throw invalid("DEVICE_STATUS_UNCHANGED", "设备已是“" + status.chineseName() + "”状态");
		}
		bump(device, expectedVersion, "status = :status, status_since = :since",
				Map.of("status", Optional.of(status.name()), "since", Optional.of(on)));
		appendHistory(deviceId, status, on, why, actor);
		this.events
			.publishEvent(new RecordingDeviceChanged(deviceId, device.agencyId(), device.label(), "STATUS_CHANGED",
					device.status().chineseName() + " → " + status.chineseName() + "（" + on + "，" + why + "）"));
		return device(deviceId, scope);
	}

	/**
	 * The device an item is recorded with, checked before registration: a device of the
	 * uploader's agency that is not 报废.
	 */
	RecordingDevice usableFor(long deviceId, Actor actor) {
		RecordingDevice device = read(SELECT + " where d.id = :id", Map.of("id", deviceId)).stream()
			.filter((d) -> d.agencyId() == actor.agencyId())
			.findFirst()
			.orElseThrow(() -> invalid("DEVICE_UNKNOWN", "所选记录设备不是本机关登记的设备"));
		if (device.status() == DeviceStatus.SCRAPPED) {
			throw invalid("DEVICE_SCRAPPED", "所选记录设备已报废");
		}
		return device;
	}

	/** Links a registered item to its device (in the item's registration transaction). */
	void link(long itemId, long deviceId) {
		this.jdbc.sql("insert into evidence_item_device (evidence_item_id, device_id) values (:item, :device)")
			.param("item", itemId)
			.param("device", deviceId)
			.update();
	}

	/** The device an item was recorded with, if one was picked. */
	public Optional<RecordingDevice> ofItem(long itemId) {
		return read(
				SELECT + " where d.id = (select device_id from evidence_item_device where evidence_item_id = :item)",
				Map.of("item", itemId))
			.stream()
			.findFirst();
	}

	/**
	 * Devices 在用 in scope from which nothing has been uploaded for the configured number
	 * of days (counted from the later of the last upload and the day it went into use).
	 */
	public List<RecordingDevice> silent(Set<Long> scope) {
		LocalDate today = this.time.today();
		LocalDate limit = today.minusDays(this.properties.silentDays());
		return within(scope).stream().filter((d) -> d.status() == DeviceStatus.IN_USE).filter((d) -> {
			LocalDate since = (d.lastUpload() != null) ? this.time.dateOf(d.lastUpload()) : d.statusSince();
			if (d.lastUpload() != null && d.statusSince().isAfter(since)) {
				since = d.statusSince();
			}
			return since.isBefore(limit) || since.isEqual(limit);
		}).toList();
	}

	/** An audio-visual item uploaded later than the agency allows after its capture. */
	public record LateUpload(long itemId, String number, String officerName, Instant captureEnd, Instant uploadedAt,
			long hours) {
	}

	/** Audio-visual items in scope uploaded late within the listed days. */
	public List<LateUpload> lateUploads(Set<Long> scope) {
		if (scope.isEmpty()) {
			return List.of();
		}
		Instant now = this.time.now();
		Instant from = this.time.startOf(this.time.today().minusDays(this.properties.lateUploadListedDays()));
		return this.jdbc.sql("""
				select id, item_number, officer_name, capture_end, uploaded_at from evidence_item
				where agency_id in (:scope) and uploaded_at >= :from and uploaded_at <= :now
				and (kind = 'AUDIO_VISUAL' or media_type like 'video/%' or media_type like 'audio/%')
				order by uploaded_at desc fetch first 500 rows only""")
			.param("scope", scope)
			.param("from", Timestamp.from(from))
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new LateUpload(rs.getLong("id"), rs.getString("item_number"),
					rs.getString("officer_name"), rs.getTimestamp("capture_end").toInstant(),
					rs.getTimestamp("uploaded_at").toInstant(), 0))
			.list()
			.stream()
			.filter((u) -> java.time.Duration.between(u.captureEnd(), u.uploadedAt())
				.compareTo(this.properties.lateUpload()) > 0)
			.map((u) -> new LateUpload(u.itemId(), u.number(), u.officerName(), u.captureEnd(), u.uploadedAt(),
					java.time.Duration.between(u.captureEnd(), u.uploadedAt()).toHours()))
			.toList();
	}

	private Officer officerOf(long officerId, long agencyId) {
		Officer officer = this.officers.within(Set.of(agencyId), null)
			.stream()
			.filter((o) -> o.id() == officerId)
			.findFirst()
			.orElseThrow(() -> invalid("DEVICE_OFFICER_OTHER_AGENCY", "设备只能配发给本机关的执法人员"));
		return officer;
	}

	private void bump(RecordingDevice device, int expectedVersion, String set, Map<String, Optional<?>> values) {
		var spec = this.jdbc
			.sql("update recording_device set " + set + ", version = version + 1 where id = :id and version = :version")
			.param("id", device.id())
			.param("version", expectedVersion);
		for (var entry : values.entrySet()) {
			spec = spec.param(entry.getKey(), entry.getValue().orElse(null));
		}
		if (spec.update() != 1) {
			throw RuleViolation.conflict("该设备已被他人修改，请刷新后重试");
		}
	}

	private void appendHistory(long deviceId, DeviceStatus status, LocalDate on, String reason, Actor actor) {
		this.jdbc.sql("""
				insert into recording_device_status (device_id, status, changed_on, reason, changed_by, changed_by_name,
				                                     recorded_at)
				values (:device, :status, :on, :reason, :by, :byName, :now)""")
			.param("device", deviceId)
			.param("status", status.name())
			.param("on", on)
			.param("reason", reason)
			.param("by", actor.username())
			.param("byName", actor.displayName())
			.param("now", Timestamp.from(this.time.now()))
			.update();
	}

	private List<RecordingDevice> read(String sql, Map<String, ?> params) {
		List<RecordingDeviceRow> rows = this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new RecordingDeviceRow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("name"),
					rs.getString("serial_number"), DeviceType.valueOf(rs.getString("device_type")),
					(Long) rs.getObject("officer_id", Long.class), DeviceStatus.valueOf(rs.getString("status")),
					rs.getDate("status_since").toLocalDate(),
					(rs.getTimestamp("last_upload") != null) ? rs.getTimestamp("last_upload").toInstant() : null,
					rs.getInt("version")))
			.list();
		Set<Long> agencies = rows.stream().map(RecordingDeviceRow::agencyId).collect(Collectors.toSet());
		Map<Long, String> names = agencies.isEmpty() ? Map.of()
				: this.officers.within(agencies, null)
					.stream()
					.collect(Collectors.toMap(Officer::id, Officer::name, (a, b) -> a));
		Function<RecordingDeviceRow, RecordingDevice> view = (r) -> new RecordingDevice(r.id(), r.agencyId(), r.name(),
				r.serial(), r.type(), r.officerId(), (r.officerId() != null) ? names.get(r.officerId()) : null,
				r.status(), r.since(), r.lastUpload(), r.version());
		return rows.stream().map(view).toList();
	}

	private record RecordingDeviceRow(long id, long agencyId, String name, String serial, DeviceType type,
			Long officerId, DeviceStatus status, LocalDate since, Instant lastUpload, int version) {
	}

	private static String text(String value, int max, String what) {
		if (!PlainText.isAcceptable(value, max)) {
			throw invalid("DEVICE_FIELD_INVALID", "请填写" + what + "（1–" + max + "个字符，不含控制字符或尖括号）");
		}
		return value.strip();
	}

	static RuleViolation invalid(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.BAD_REQUEST);
	}

}
