package org.sanxiang.identity;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The enforcement agencies (执法主体) are public information (事前公开). */
@RestController
class PublicAgencyApiController {

	private final AgencyDirectory agencies;

	PublicAgencyApiController(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/public/agencies")
	List<PublicAgency> agencies() {
		return this.agencies.all()
			.stream()
			.map((a) -> new PublicAgency(a.id(), a.code(), a.name(), a.level().name(), a.parentId(), a.regionCode()))
			.toList();
	}

	record PublicAgency(long id, String code, String name, String level, Long parentId, String regionCode) {
	}

}
