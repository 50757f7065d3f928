package org.sanxiang.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * To-dos of identity: a password about to expire; for the security administrator,
 * accounts without any role.
 */
@Component
class IdentityTodos implements TodoProvider {

	private static final Duration PASSWORD_WARNING = Duration.ofDays(14);

	private final AccountRepository accounts;

	private final SecurityProperties properties;

	private final Clock clock;

	IdentityTodos(AccountRepository accounts, SecurityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		List<TodoItem> todos = new ArrayList<>();
		this.accounts.findByUsername(actor.username()).ifPresent((account) -> {
			Duration left = Duration.between(this.clock.instant(),
					account.passwordChangedAt().plus(this.properties.password().maxAge()));
			if (left.compareTo(PASSWORD_WARNING) < 0) {
				todos.add(new TodoItem("密码即将到期", "请在" + Math.max(0, left.toDays()) + "天内修改密码", "/account/password",
						TodoItem.Urgency.DUE_SOON));
			}
		});
		if (roles.contains(Role.SECURITY_ADMIN.name())) {
			long withoutRoles = this.accounts.findByAgencyIdInOrderByUsername(visibleAgencyIds)
				.stream()
				.filter((account) -> account.roles().isEmpty() && account.enabled())
				.count();
			if (withoutRoles > 0) {
				todos.add(new TodoItem("待授权账户", withoutRoles + "个已开设的账户尚未授予角色", "/admin/security/accounts",
						TodoItem.Urgency.NORMAL));
			}
		}
		return todos;
	}

}
