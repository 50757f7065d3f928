package org.sanxiang.events;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Publications in people's words: the event ({@code publication.event.DocumentIssued} →
 * 文书已签发), the listener as its module and its reaction
 * ({@code publication.listener.PartyFile.onDocumentIssued}), the status. A name without a
 * message shows as the type's simple name, never as a package path.
 */
@Component
public class PublicationWords {

	private final MessageSource messages;

	PublicationWords(MessageSource messages) {
		this.messages = messages;
	}

	public String event(Publication publication, Locale locale) {
		return this.messages.getMessage("publication.event." + publication.eventName(), null, publication.eventName(),
				locale);
	}

	public String listener(Publication publication, Locale locale) {
		String reaction = this.messages.getMessage("publication.listener." + publication.listenerName(), null,
				publication.listenerName(), locale);
		String module = publication.listenerModule();
		if (module.isEmpty()) {
			return reaction;
		}
		return this.messages.getMessage("publication.module." + module, null, module, locale) + " · " + reaction;
	}

	public String status(Publication publication, Locale locale) {
		String status = (publication.status() == null) ? "PUBLISHED" : publication.status();
		return this.messages.getMessage("publication.status." + status, null, status, locale);
	}

}
