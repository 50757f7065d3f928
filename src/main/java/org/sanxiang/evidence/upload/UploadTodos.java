package org.sanxiang.evidence.upload;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files an account uploaded (resumable upload finished, bytes stored) but has not yet
 * registered as evidence of the record it named (待登记): to the uploader only, for the last
 * {@value #DAYS} days, each linking to its registration form. The upload carries no
 * capture time, so the upload time limit (1 working day after capture) is judged once the
 * item is registered, not here.
 */
@Component
class UploadTodos implements TodoProvider {

	static final int SHOWN = 10;

	static final int DAYS = 30;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final BusinessTime time;

	private final MessageSource messages;

	UploadTodos(JdbcClient jdbc, Clock clock, BusinessTime time, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.time = time;
		this.messages = messages;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (!(actor instanceof SanxiangPrincipal principal)) {
			return List.of();
		}
		List<Unregistered> uploads = this.jdbc.sql("""
				select u.upload_id, u.file_name, u.owner_kind, u.owner_id, u.finished_at from evidence_upload u
				where u.account_id = :me and u.finished_at >= :since and not exists (
				    select 1 from evidence_item i
				    where i.sha256 = u.sha256 and i.owner_kind = u.owner_kind and i.owner_id = u.owner_id)
				order by u.finished_at""")
			.param("me", principal.accountId())
			.param("since", Timestamp.from(this.clock.instant().minus(Duration.ofDays(DAYS))))
			.query((rs, n) -> new Unregistered(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
		List<TodoItem> todos = new ArrayList<>();
		for (Unregistered upload : uploads.subList(0, Math.min(SHOWN, uploads.size()))) {
			String owner = this.messages.getMessage("evidence.upload.owner." + upload.ownerKind(), null,
					upload.ownerKind(), Locale.SIMPLIFIED_CHINESE);
			todos.add(new TodoItem(
					"待登记证据：" + upload.fileName(), "已于 " + this.time.format(upload.finishedAt()) + " 上传完成（" + owner + " "
							+ upload.ownerId() + "），尚未登记为证据",
					"/evidence/new?uploadId=" + upload.uploadId(), TodoItem.Urgency.NORMAL));
		}
		if (uploads.size() > SHOWN) {
			todos.add(new TodoItem("还有 " + (uploads.size() - SHOWN) + " 个已上传的文件待登记", "逐个打开登记，或在上传页面查看",
					"/evidence/upload", TodoItem.Urgency.NORMAL));
		}
		return todos;
	}

	private record Unregistered(String uploadId, String fileName, String ownerKind, String ownerId,
			java.time.Instant finishedAt) {
	}

}
