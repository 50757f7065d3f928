package org.sanxiang.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Regulated parties within the caller's data scope, as JSON; personal data masked. */
@RestController
class SubjectApiController {

	private final PartyRegistry registry;

	SubjectApiController(PartyRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/api/v1/subjects")
	ResultPage<PartySummary> search(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "region", required = false) String region, Paging.Params paging) {
		return this.registry.page(principal.dataScope().agencyIds(), query, region, paging);
	}

	@GetMapping("/api/v1/subjects/{partyId}")
	PartyView one(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long partyId) {
		return PartyView.of(this.registry.party(partyId, principal.dataScope().agencyIds()));
	}

	@PostMapping("/api/v1/subjects")
	@ResponseStatus(HttpStatus.CREATED)
	PartyView register(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestBody NewParty body) {
		long agencyId = (body.agencyId() == null) ? principal.agencyId() : body.agencyId();
		return PartyView.of(this.registry.register(agencyId, body.toDraft(), principal.dataScope().agencyIds()));
	}

	/** The full value of one personal field; audited, refused for 信息公开. */
	@PostMapping("/api/v1/subjects/{partyId}/reveal")
	Map<String, String> reveal(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long partyId,
			@RequestParam(required = false) String field) {
		return Map.of("field", field, "value",
				this.registry.reveal(partyId, field, principal.roles(), principal.dataScope().agencyIds()));
	}

	record NewParty(Long agencyId, PartyKind kind, String name, String creditCode, String legalRepresentative,
			String address, String regionCode, String industryCode, String permitNumber, LocalDate permitValidFrom,
			LocalDate permitValidTo, String managementClass, Boolean keyPolluter, String idNumber, String phone,
			List<PartyDraft.ContactDraft> contacts) {

		PartyDraft toDraft() {
			return new PartyDraft(this.kind, this.name, this.creditCode, this.legalRepresentative, this.address,
					this.regionCode, this.industryCode, this.permitNumber, this.permitValidFrom, this.permitValidTo,
					this.managementClass, Boolean.TRUE.equals(this.keyPolluter), this.idNumber, this.phone,
					this.contacts);
		}
	}

}
