package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A case's running time limits, and 延长办案期限 by the agency head. */
@RestController
@Tag(name = "cases", description = "执法案件")
class CaseDeadlineApiController {

	private final Cases cases;

	CaseDeadlineApiController(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/api/v1/cases/{id}/deadlines")
	@Operation(summary = "案件正在计算的期限：名称、起算日、届满日、依据和今天的状态（正常、临期、超期）")
	List<DeadlineView> deadlines(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return this.cases.deadlinesOf(this.cases.caseOf(id, principal)).stream().map(DeadlineView::of).toList();
	}

	@PostMapping("/api/v1/cases/{id}/extension")
	@Operation(summary = "延长办案期限（机关负责人；写明理由并附审批文书；最多两次）")
	List<DeadlineView> extend(@PathVariable long id, @RequestBody Extension body,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		PenaltyCase kase = this.cases.extendPeriod(id, body.reason(),
				(body.documentIds() == null) ? List.of() : body.documentIds(), principal);
		return this.cases.deadlinesOf(kase).stream().map(DeadlineView::of).toList();
	}

	record Extension(String reason, List<Long> documentIds) {
	}

	record DeadlineView(CaseDeadline.Kind kind, String name, String article, LocalDate start, LocalDate due,
			int extensions, CaseDeadline.Status status, String statusName, String note) {

		static DeadlineView of(Cases.RunningDeadline running) {
			CaseDeadline d = running.deadline();
			return new DeadlineView(d.kind(), d.name(), d.article(), d.start(), d.due(), d.extensions(),
					running.status(), (running.status() == null) ? null : running.status().chineseName(), d.note());
		}

	}

}
