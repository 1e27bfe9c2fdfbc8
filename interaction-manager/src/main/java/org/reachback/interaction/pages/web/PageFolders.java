package org.reachback.interaction.pages.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page's address is its folder ({@code /console/}), as people type and bookmark it; static
 * resources alone answer only for files, so each folder forwards to its {@code index.html}, and the
 * folder without its slash redirects to it, so that the page's relative links resolve inside it.
 */
@Configuration(proxyBeanMethods = false)
class PageFolders implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "/console", "/admin" };

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addRedirectViewController(folder, folder + "/");
			registry.addViewController(folder + "/").setViewName("forward:" + folder + "/index.html");
		}
	}

}
