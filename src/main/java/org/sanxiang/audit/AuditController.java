package org.sanxiang.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Actor;
import org.sanxiang.core.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计管理员: the audit viewer with filters, and the CSV export of the same selection. */
@Controller
class AuditController {

	private final AuditQuery query;

	AuditController(AuditQuery query) {
		this.query = query;
	}

	@GetMapping("/admin/audit")
	String view(AuditQuery.AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.query.page(filter, CurrentActor.orNull(), page));
		model.addAttribute("filter", filter);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", AuditQuery.PAGE_SIZE);
		return "admin/audit";
	}

	@GetMapping("/admin/audit/export.csv")
	void export(AuditQuery.AuditFilter filter, HttpServletResponse response) throws IOException {
		Actor auditor = CurrentActor.orNull();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		out.print('\uFEFF');
		out.print("编号,时间,账户,执法主体ID,操作,对象类型,对象ID,结果,客户端地址,详情\r\n");
		this.query.export(filter, auditor,
				(e) -> out.print(CsvCells.row(String.valueOf(e.id()), String.valueOf(e.occurredAt()), e.username(),
						e.agencyId() == null ? "" : String.valueOf(e.agencyId()), e.action(), e.objectType(),
						e.objectId(), e.result(), e.clientAddress(), e.detail())));
		out.flush();
	}

}
