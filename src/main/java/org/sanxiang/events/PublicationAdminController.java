package org.sanxiang.events;

import java.util.Locale;
import java.util.UUID;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统管理员: the reactions between modules that have not completed, and resubmitting one
 * after a confirmation that says what will happen.
 */
@Controller
class PublicationAdminController {

	static final String PAGE = "/admin/system/event-publications";

	private final EventPublications publications;

	private final PublicationWords words;

	private final BusinessTime time;

	private final MessageSource messages;

	PublicationAdminController(EventPublications publications, PublicationWords words, BusinessTime time,
			MessageSource messages) {
		this.publications = publications;
		this.words = words;
		this.time = time;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String list(Paging.Params paging, Model model) {
		model.addAttribute("publications", this.publications.incomplete(paging));
		model.addAttribute("words", this.words);
		model.addAttribute("time", this.time);
		return "events/publications";
	}

	@PostMapping(PAGE + "/{publicationId}/resubmit")
	String resubmit(@PathVariable UUID publicationId, @RequestParam(defaultValue = "false") boolean confirmed,
			Locale locale, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			Publication publication = this.publications.find(publicationId)
				.filter((p) -> p.completedAt() == null)
				.orElse(null);
			if (publication != null) {
				model.addAttribute("publication", publication);
				model.addAttribute("words", this.words);
				model.addAttribute("time", this.time);
				return "events/resubmit";
			}
		}
		try {
			Publication done = this.publications.resubmit(publicationId);
			redirect.addFlashAttribute("success", this.messages.getMessage("publication.resubmitted",
					new Object[] { this.words.event(done, locale), this.words.listener(done, locale) }, locale));
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:" + PAGE;
	}

}
