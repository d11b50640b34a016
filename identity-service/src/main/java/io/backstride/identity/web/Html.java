package io.backstride.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** Plain, accessible HTML pages (no script): one heading, labelled fields, errors announced to screen readers. */
final class Html {

    private Html() {
    }

    static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Backstride</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                label{display:block;margin-top:1rem;font-weight:600}
                input{font-size:1rem;padding:.5rem;width:100%%;box-sizing:border-box}
                button{margin-top:1rem;font-size:1rem;padding:.5rem 1rem}
                .alert{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdecea}
                .note{border-left:4px solid #0b57d0;padding:.5rem 1rem;background:#e8f0fe}
                </style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(title), escape(title), body);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    static String csrf(CsrfToken token) {
        return token == null ? "" : "<input type=\"hidden\" name=\"" + escape(token.getParameterName()) + "\" value=\""
                + escape(token.getToken()) + "\">";
    }

    static String alert(String message) {
        return "<p class=\"alert\" role=\"alert\">" + escape(message) + "</p>";
    }

    static String note(String message) {
        return "<p class=\"note\" role=\"status\">" + escape(message) + "</p>";
    }

    static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
