package org.sanxiang.identity;

import java.time.Clock;
import java.util.Map;

import org.sanxiang.platform.ModuleSecurity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. This URL policy is the one source of truth for roles: the platform's
 * areas here (the public portal and API, the three administrators' areas, every account's
 * workspace), each module's own pages and API in its {@link ModuleSecurity} bean, and
 * nothing else. {@code EndpointPolicyTests} checks every controller method against the
 * checked-in table {@code security/endpoint-policy.tsv}. Data scope (which agency's
 * records) is enforced in the queries, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String SESSION_COOKIE = "SANXIANG_SESSION";

	/**
	 * The public API ({@code /api/v1/public/**}: open data, read only, no login): its own
	 * chain without a session (nor the filter that manages one), CSRF token, saved
	 * request, login form or logout — a citizen's or a crawler's request costs no session
	 * lookup and creates nothing. The same security headers as everywhere.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain publicApiFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/public/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session.disable())
			.logout((logout) -> logout.disable())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.anonymous(Customizer.withDefaults());
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginHandlers handlers, SecurityProperties properties,
			LoginThrottle throttle, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<ModuleSecurity> modules) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			// /api/v1/public/** is answered by the public API's own chain (above)
			requests.requestMatchers("/", "/login", "/portal/**", "/error", "/error/**")
				.permitAll()
				.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				.requestMatchers("/admin/system/**", "/api/v1/admin/system/**")
				.hasRole(Role.SYSTEM_ADMIN.name())
				.requestMatchers("/admin/security/**", "/api/v1/admin/security/**")
				.hasRole(Role.SECURITY_ADMIN.name())
				.requestMatchers("/admin/audit/**", "/api/v1/admin/audit/**")
				.hasRole(Role.AUDIT_ADMIN.name());
			modules.orderedStream().forEach((module) -> module.authorize(requests));
			requests.requestMatchers("/workspace", "/workspace/**", "/account/**", "/api/v1/me")
				.authenticated()
				.anyRequest()
				.denyAll();
		});
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(handlers)
			.failureHandler((AuthenticationFailureHandler) handlers)
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").deleteCookies(SESSION_COOKIE));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(handlers::unauthenticatedApi,
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			.accessDeniedHandler(handlers::accessDenied));
		headers(http);
		http.addFilterAfter(new SessionLimitsFilter(properties.absoluteTimeout(), clock),
				BasicAuthenticationFilter.class);
		http.addFilterBefore(new LoginGuardFilter(throttle, events, clock), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Argon2id for new hashes; bcrypt hashes are still accepted (and can be upgraded at
	 * the next change). At most a few hashes run at once
	 * ({@link BoundedPasswordEncoder}).
	 */
	@Bean
	PasswordEncoder passwordEncoder(LoginCapacityProperties capacity) {
		String argon2 = "argon2@SpringSecurity_v5_8";
		return new BoundedPasswordEncoder(
				new DelegatingPasswordEncoder(argon2, Map.of(argon2,
						Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder())),
				capacity.hashPermits(), capacity.maxHashWait());
	}

	/**
	 * Checks the password first and only then whether the account is locked or disabled,
	 * so that nobody learns either (or that the account exists) without its password. An
	 * unknown username is hashed against all the same, taking a comparable time.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	/**
	 * The session cookie, the same with or without an embedded server: {@code HttpOnly},
	 * {@code SameSite=Strict}, {@code Secure} whenever the request came over HTTPS.
	 */
	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(SESSION_COOKIE);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Strict");
		return cookie;
	}

	/**
	 * No observation around each security filter of each request (Spring Security's
	 * default when an observation registry exists): wrapping each of a dozen filters cost
	 * the public search API a measurable share of its time and nothing reads those spans
	 * (only health is exposed; {@code application.yml} turns the request observation
	 * {@code http.server.requests} off for the same reason).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	/** Publishes refused authorisations, so that the audit trail records each one. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
