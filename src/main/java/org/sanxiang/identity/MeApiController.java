package org.sanxiang.identity;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: for API clients after login. */
@RestController
class MeApiController {

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal SanxiangPrincipal principal) {
		return new Me(principal.username(), principal.displayName(), principal.agencyId(), principal.agencyName(),
				principal.roles().stream().map(Role::name).sorted().toList());
	}

	record Me(String username, String displayName, long agencyId, String agencyName, List<String> roles) {
	}

}
