package org.reachback.identity;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of the authorization endpoint, posting to Spring Security's form login. It names
 * the demo users, since the local run has no others.
 */
@Controller
class LoginPage {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Reachback local sign-in</title>
			<style>
			body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 3rem auto; padding: 0 1rem; }
			label, input, button { display: block; width: 100%%; box-sizing: border-box; font-size: 1rem; }
			input { margin: .25rem 0 1rem; padding: .5rem; }
			button { padding: .6rem; }
			.local-only { border-left: .3rem solid #b45309; padding-left: .75rem; }
			</style>
			</head>
			<body>
			<main>
			<h1>Reachback local sign-in</h1>
			<div class="local-only">
			<p><strong>LOCAL RUN ONLY</strong>: these accounts exist nowhere else.</p>
			<p>%s</p>
			</div>
			%s<form method="post" action="/login">
			<label for="username">User name</label>
			<input id="username" name="username" autocomplete="username" required autofocus>
			<label for="password">Password</label>
			<input id="password" name="password" type="password" autocomplete="current-password" required>
			<input type="hidden" name="%s" value="%s">
			<button id="sign-in" type="submit">Sign in</button>
			</form>
			</main>
			</body>
			</html>
			""";

	private static final String FAILED = "<p role=\"alert\">Wrong user name or password.</p>\n";

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String page(CsrfToken csrf, @RequestParam(name = "error", required = false) String error) {
		return PAGE.formatted(DemoUsers.HINT, (error != null) ? FAILED : "",
				HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

}
