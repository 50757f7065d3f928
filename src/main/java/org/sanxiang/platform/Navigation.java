package org.sanxiang.platform;

import org.sanxiang.platform.NavigationEntry;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The page the request is on and the links the visitor may follow, for the layout: the
 * navigation marks the current page, and the public portal's pages load no scripts. The
 * links are the {@link NavigationEntry} beans the modules declare, those of the visitor's
 * roles. Given to every page as {@code nav}, since Thymeleaf 3.1 lets templates no longer
 * read the request.
 *
 * @param path the path within the application, such as {@code /documents/12}
 * @param entries the links the visitor may see, in order
 */
record Navigation(String path, List<NavigationEntry> entries) {

	/** This exact page. */
	public boolean at(String page) {
		return this.path.equals(page);
	}

	/** This page or one below it. */
	public boolean within(String section) {
		return at(section) || this.path.startsWith(section + "/");
	}

	/** A page of the public portal. */
	public boolean portal() {
		return at("/") || within("/portal");
	}

	public List<NavigationEntry> staffEntries() {
		return in(NavigationEntry.Menu.STAFF);
	}

	public List<NavigationEntry> systemEntries() {
		return in(NavigationEntry.Menu.SYSTEM_ADMINISTRATION);
	}

	public List<NavigationEntry> portalEntries() {
		return in(NavigationEntry.Menu.PORTAL);
	}

	/**
	 * The link of the section this page is in: of the links whose page this is or is
	 * below, the most specific ({@code /admin/audit/ledger} rather than
	 * {@code /admin/audit}).
	 */
	public boolean current(NavigationEntry entry) {
		return within(entry.path()) && this.entries.stream()
			.filter((other) -> within(other.path()))
			.noneMatch((other) -> other.path().length() > entry.path().length());
	}

	/**
	 * The staff links as the top bar shows them: a group's links together in a drop-down
	 * at the place of its first link, a link of its own (or the only link of a group this
	 * visitor sees) as a plain link.
	 */
	public List<Group> staffGroups() {
		java.util.Map<String, List<NavigationEntry>> grouped = new java.util.LinkedHashMap<>();
		for (NavigationEntry entry : staffEntries()) {
			String key = (entry.groupKey() == null) ? "link:" + entry.path() : entry.groupKey();
			grouped.computeIfAbsent(key, (k) -> new java.util.ArrayList<>()).add(entry);
		}
		return grouped.values()
			.stream()
			.map((links) -> new Group(links.get(0).groupKey(), List.copyOf(links)))
			.toList();
	}

	/** One of this group's links is the current section. */
	public boolean current(Group group) {
		return group.entries().stream().anyMatch(this::current);
	}

	/** A drop-down of the top bar, or a single link. */
	public record Group(String labelKey, List<NavigationEntry> entries) {

		public boolean single() {
			return this.labelKey == null || this.entries.size() == 1;
		}

		public NavigationEntry first() {
			return this.entries.get(0);
		}

	}

	/** This page is one of the links of the system administrator's menu. */
	public boolean inSystemAdministration() {
		return systemEntries().stream().anyMatch(this::current);
	}

	private List<NavigationEntry> in(NavigationEntry.Menu menu) {
		return this.entries.stream().filter((entry) -> entry.menu() == menu).toList();
	}

	static Navigation of(HttpServletRequest request, List<NavigationEntry> entries, Set<String> roles) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String original) ? original : request.getRequestURI();
		List<NavigationEntry> visible = entries.stream()
			.filter((entry) -> entry.roles().isEmpty() || entry.roles().stream().anyMatch(roles::contains))
			.sorted(Comparator.comparing(NavigationEntry::menu).thenComparingInt(NavigationEntry::order))
			.toList();
		return new Navigation(uri.substring(Math.min(uri.length(), request.getContextPath().length())), visible);
	}

	/**
	 * Gives every page its navigation as {@code nav} once the handler chose the view. An
	 * answer without a view — the API's data, a download, a redirect — gets none and
	 * costs nothing: as a {@code @ModelAttribute} advice it was resolved for every
	 * handler, the API's too (about 6 % of the public search's request-thread samples,
	 * JFR).
	 */
	static final class Interceptor implements HandlerInterceptor {

		private final ObjectProvider<NavigationEntry> entries;

		/**
		 * The entries, looked up once: they are singletons, and resolving them from the
		 * bean factory on every request cost more than the rest of this.
		 */
		private volatile List<NavigationEntry> all;

		Interceptor(ObjectProvider<NavigationEntry> entries) {
			this.entries = entries;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView page) {
			if (page == null || !page.hasView() || page.getView() instanceof RedirectView
					|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
				return;
			}
			page.addObject("nav", navigation(request));
		}

		Navigation navigation(HttpServletRequest request) {
			List<NavigationEntry> known = this.all;
			if (known == null) {
				known = this.entries.stream().toList();
				this.all = known;
			}
			return Navigation.of(request, known, roles());
		}

		private static Set<String> roles() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated()) {
				return Set.of();
			}
			return authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter((authority) -> authority.startsWith("ROLE_"))
				.map((authority) -> authority.substring("ROLE_".length()))
				.collect(Collectors.toSet());
		}

	}

}
