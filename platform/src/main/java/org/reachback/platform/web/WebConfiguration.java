package org.reachback.platform.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One way of reporting errors for every service ({@link ApiProblems}, {@link ProblemErrorController}
 * and, for what Tomcat refuses itself, {@link ProblemErrorReportValve}), one way of reading input
 * ({@link StrictJson}, {@link RequestHygieneFilter}, {@link RequestSizeFilter}), and one way of meeting the browser: the Content-Security-Policy
 * of every page and the origins allowed to call the API from another service's page
 * ({@link PageSettings}).
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
		"org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration" })
@EnableConfigurationProperties(PageSettings.class)
public class WebConfiguration {

	@Bean
	FilterRegistrationBean<ContentSecurityPolicyFilter> contentSecurityPolicyFilter(PageSettings settings) {
		FilterRegistrationBean<ContentSecurityPolicyFilter> registration = new FilterRegistrationBean<>(
				new ContentSecurityPolicyFilter(settings));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Cross-origin calls to {@code /api/**} and {@code /actuator/**} from the listed origins only,
	 * with the headers the suite's pages send (credentials travel as an explicit Authorization
	 * header, never as cookies). A service's security chains apply it with {@code cors()}; a service
	 * with its own rules (intent-service's public chat API) declares its own source.
	 */
	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(PageSettings settings) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(settings.maxBodySize()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter() {
		FilterRegistrationBean<RequestHygieneFilter> registration = new FilterRegistrationBean<>(
				new RequestHygieneFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<BlankErrorFilter> blankErrorFilter() {
		FilterRegistrationBean<BlankErrorFilter> registration = new FilterRegistrationBean<>(new BlankErrorFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return new StrictJson();
	}

	/** What Spring Security's firewall refuses (an encoded slash, a semicolon, a non-printable character) is a 400. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
	}

	@Bean
	OpenApiCustomizer problemDocumentation() {
		return new ProblemDocumentation();
	}

	/** Runs after Spring Boot's own customizer, whose HTML error report valve it replaces. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return new ProblemErrorReports();
	}

	@Bean
	@ConditionalOnMissingBean(CorsConfigurationSource.class)
	CorsConfigurationSource corsConfigurationSource(PageSettings settings) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(settings.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Last-Event-ID", "X-Requested-With"));
		cors.setExposedHeaders(List.of("Location", "Retry-After"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		source.registerCorsConfiguration("/actuator/**", cors);
		return source;
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	@Bean
	@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
	ApiProblems apiProblems() {
		return new ApiProblems();
	}

}
