package org.sanxiang.platform;

import java.util.Set;

/**
 * A link a module puts in the layout's navigation, declared as a bean so that the layout
 * knows no module's pages: in the staff menu, in the system administrator's menu or in
 * the public portal's header.
 *
 * @param menu where the link appears
 * @param order its place in that menu, ascending
 * @param labelKey the message key of its label
 * @param path the page it leads to, also the section it marks as current
 * @param roles who sees it (role names such as {@code OFFICER}); empty for everyone
 * @param groupKey the message key of the drop-down it is grouped in (执法办案 ▾ …), or
 * {@code null} for a link of its own
 */
public record NavigationEntry(Menu menu, int order, String labelKey, String path, Set<String> roles, String groupKey) {

	public NavigationEntry {
		roles = Set.copyOf(roles);
	}

	public NavigationEntry(Menu menu, int order, String labelKey, String path, Set<String> roles) {
		this(menu, order, labelKey, path, roles, null);
	}

	/** This link in the drop-down named by {@code key}. */
	public NavigationEntry inGroup(String key) {
		return new NavigationEntry(this.menu, this.order, this.labelKey, this.path, this.roles, key);
	}

	/** A link of the staff menu, seen by the given roles (by everyone when none). */
	public static NavigationEntry staff(int order, String labelKey, String path, String... roles) {
		return new NavigationEntry(Menu.STAFF, order, labelKey, path, Set.of(roles));
	}

	/** A link of the system administrator's menu (系统管理). */
	public static NavigationEntry systemAdministration(int order, String labelKey, String path) {
		return new NavigationEntry(Menu.SYSTEM_ADMINISTRATION, order, labelKey, path,
				Set.of(ModuleSecurity.SYSTEM_ADMIN));
	}

	/** A link of the public portal's header. */
	public static NavigationEntry portal(int order, String labelKey, String path) {
		return new NavigationEntry(Menu.PORTAL, order, labelKey, path, Set.of());
	}

	/** The menus of the layout. */
	public enum Menu {

		STAFF, SYSTEM_ADMINISTRATION, PORTAL

	}

}
