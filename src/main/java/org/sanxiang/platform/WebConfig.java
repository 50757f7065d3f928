package org.sanxiang.platform;

import java.time.Duration;
import java.util.Locale;

import org.sanxiang.core.DateRange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import tools.jackson.databind.JacksonModule;

/**
 * Simplified Chinese first; {@code ?lang=en} switches to English and is remembered in a
 * cookie. Every date read from a request is held to {@link DateRange}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final ObjectProvider<NavigationEntry> navigationEntries;

	WebConfig(ObjectProvider<NavigationEntry> navigationEntries) {
		this.navigationEntries = navigationEntries;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("SANXIANG_LANG");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Strict");
		return resolver;
	}

	@Bean
	static ContainerErrorValve.Installer containerErrorValve() {
		return new ContainerErrorValve.Installer();
	}

	/** Outermost: a request that gets no database connection in time is a clean 503. */
	@Bean
	FilterRegistrationBean<DatabaseBusyFilter> databaseBusyFilter() {
		FilterRegistrationBean<DatabaseBusyFilter> registration = new FilterRegistrationBean<>(
				new DatabaseBusyFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	JacksonModule dateRangeJacksonModule() {
		return new DateRangeJacksonModule();
	}

	@Bean
	JacksonModule moneyJacksonModule() {
		return new MoneyJacksonModule();
	}

	/**
	 * The API speaks JSON (and problem+json) only: an XML converter that a library brings
	 * onto the class path (an object-store client, a test server) must not make
	 * {@code Accept: application/xml} answer XML — it stays a 406 problem detail.
	 */
	@Override
	@SuppressWarnings("deprecation")
	public void extendMessageConverters(
			java.util.List<org.springframework.http.converter.HttpMessageConverter<?>> converters) {
		converters.removeIf((converter) -> converter.getSupportedMediaTypes()
			.stream()
			.anyMatch((type) -> type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml")));
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new DateRangeConverter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new Navigation.Interceptor(this.navigationEntries));
	}

	/** Browsers that ask for the classic icon get the SVG one. */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/favicon.svg").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
	}

}
