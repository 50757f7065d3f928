package org.sanxiang.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace home after login: who I am, what is waiting for me. */
@Controller
class WorkspaceController {

	private final List<TodoProvider> todoProviders;

	WorkspaceController(List<TodoProvider> todoProviders) {
		this.todoProviders = todoProviders;
	}

	@GetMapping("/workspace")
	String home(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		Set<String> roles = principal.roles().stream().map(Role::name).collect(Collectors.toSet());
		List<TodoItem> todos = this.todoProviders.stream()
			.flatMap((provider) -> provider.todosFor(principal, roles, principal.dataScope().agencyIds()).stream())
			.toList();
		model.addAttribute("todos", todos);
		return "workspace/home";
	}

}
