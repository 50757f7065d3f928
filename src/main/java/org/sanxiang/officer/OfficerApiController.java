package org.sanxiang.officer;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Officers within the caller's data scope, as JSON. */
@RestController
class OfficerApiController {

	private final OfficerRegistry registry;

	OfficerApiController(OfficerRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/api/v1/officers")
	ResultPage<OfficerView> list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(name = "q", required = false) String query, Paging.Params paging) {
		LocalDate today = this.registry.today();
		return this.registry.page(principal.dataScope().agencyIds(), query, paging)
			.map((o) -> OfficerView.of(o, today));
	}

	@GetMapping("/api/v1/officers/{officerId}")
	OfficerView one(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long officerId) {
		return OfficerView.of(this.registry.officer(officerId, principal.dataScope().agencyIds()),
				this.registry.today());
	}

	record OfficerView(long id, long agencyId, String name, String certificateNumber, String issuingAuthority,
			LocalDate validFrom, LocalDate validTo, String status, boolean qualifiedToday, boolean legalReviewer,
			int version) {

		static OfficerView of(Officer o, LocalDate today) {
			return new OfficerView(o.id(), o.agencyId(), o.name(), o.certificateNumber(), o.issuingAuthority(),
					o.validFrom(), o.validTo(), o.status().name(), o.isQualifiedOn(today), o.isLegalReviewer(),
					o.version());
		}
	}

}
