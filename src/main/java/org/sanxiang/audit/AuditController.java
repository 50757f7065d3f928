package org.sanxiang.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Actor;
import org.sanxiang.platform.CurrentActor;
import org.sanxiang.core.Paging;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 审计管理员: the audit viewer with filters, and the CSV export of the same selection. */
@Controller
class AuditController {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final AuditQuery query;

	private final AuditWords words;

	private final MessageSource messages;

	AuditController(AuditQuery query, AuditWords words, MessageSource messages) {
		this.query = query;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String view(AuditQuery.AuditFilter filter, Paging.Params paging, Locale locale, Model model) {
		model.addAttribute("entries", this.query.page(filter, CurrentActor.orNull(), paging, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("words", this.words);
		model.addAttribute("actions", AuditWords.ACTIONS);
		return "admin/audit";
	}

	@GetMapping("/admin/audit/export.csv")
	void export(AuditQuery.AuditFilter filter, HttpServletResponse response) throws IOException {
		Actor auditor = CurrentActor.orNull();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		out.print('\uFEFF');
		out.print("编号,时间,账户,执法主体,执法主体ID,操作,操作代码,对象类型,对象,对象ID,结果,客户端地址,详情\r\n");
		this.query.export(filter, auditor, CHINESE,
				(e) -> out.print(CsvCells.row(String.valueOf(e.id()), e.localTime(), e.username(), e.agencyName(),
						e.agencyId() == null ? "" : String.valueOf(e.agencyId()),
						this.words.action(e.action(), CHINESE), e.action(),
						this.words.objectType(e.objectType(), CHINESE), e.objectLabel(), e.objectId(),
						this.messages.getMessage("audit.result." + e.result(), null, e.result(), CHINESE),
						e.clientAddress(), e.detail())));
		out.flush();
	}

}
