package org.sanxiang.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * The unit head's (承办机构负责人) to-dos from the device register: recordings uploaded later
 * than the agency allows after capture, and devices 在用 that have uploaded nothing for the
 * configured days ({@link RecordingDeviceProperties}).
 */
@Component
class RecordingDeviceTodos implements TodoProvider {

	private final RecordingDevices devices;

	private final BusinessTime time;

	RecordingDeviceTodos(RecordingDevices devices, BusinessTime time) {
		this.devices = devices;
		this.time = time;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (!roles.contains("UNIT_HEAD")) {
			return List.of();
		}
		List<TodoItem> todos = new ArrayList<>();
		long hours = this.devices.properties().lateUpload().toHours();
		for (RecordingDevices.LateUpload late : this.devices.lateUploads(visibleAgencyIds)) {
			todos.add(new TodoItem("音像记录上传超时：" + late.number(),
					late.officerName() + " 记录于 " + this.time.format(late.captureEnd()) + "，" + late.hours()
							+ " 小时后才上传（本机关规定 " + hours + " 小时内上传）",
					"/evidence/" + late.itemId(), TodoItem.Urgency.OVERDUE));
		}
		int days = this.devices.properties().silentDays();
		for (RecordingDevice device : this.devices.silent(visibleAgencyIds)) {
			String since = (device.lastUpload() != null) ? "最后上传于 " + this.time.format(device.lastUpload())
					: "自 " + device.statusSince() + " 启用以来未上传";
			todos.add(new TodoItem("记录设备 " + days + " 天未上传：" + device.label(),
					((device.officerName() != null) ? "配发给 " + device.officerName() + "，" : "") + since,
					"/evidence/devices/" + device.id(), TodoItem.Urgency.DUE_SOON));
		}
		return todos;
	}

}
