package io.backstride.content.config;

import io.backstride.platform.security.AccessRules;
import io.backstride.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which operation of the content API (first match wins; a served route not named here is refused
 * by the platform). The published library is for every signed-in caller; authoring is for authors and
 * clinicians, and only clinicians decide what is published (approve, reject, retire). The two-person rule
 * (the reviewer did not write the version) is the domain's, checked with the token's subject. Content holds no
 * runner data, so there are no object-level checks here.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    static final String CONTENT = "/api/v1/content";
    static final String AUTHORING = CONTENT + "/authoring";
    /** {@code {collection}/{id}/{locale}}. */
    static final String ITEM = AUTHORING + "/*/*/*";

    @Bean
    AccessRules contentAccessRules() {
        return AccessRules.builder()
                // authoring: review decisions, clinicians only
                .rule(HttpMethod.POST, ITEM + "/approve").roles(Roles.CLINICIAN)
                .rule(HttpMethod.POST, ITEM + "/reject").roles(Roles.CLINICIAN)
                .rule(HttpMethod.POST, ITEM + "/retire").roles(Roles.CLINICIAN)
                // authoring: writing and reading drafts, authors and clinicians
                .rule(HttpMethod.POST, AUTHORING + "/*").roles(Roles.AUTHOR, Roles.CLINICIAN)
                .rule(HttpMethod.PUT, ITEM).roles(Roles.AUTHOR, Roles.CLINICIAN)
                .rule(HttpMethod.POST, ITEM + "/submit").roles(Roles.AUTHOR, Roles.CLINICIAN)
                .rule(HttpMethod.GET, ITEM).roles(Roles.AUTHOR, Roles.CLINICIAN)
                .rule(HttpMethod.GET, ITEM + "/history").roles(Roles.AUTHOR, Roles.CLINICIAN)
                .rule(HttpMethod.GET, ITEM + "/versions/*").roles(Roles.AUTHOR, Roles.CLINICIAN)
                // the published library: every signed-in caller
                .rule(HttpMethod.GET, CONTENT + "/exercises").authenticated()
                .rule(HttpMethod.GET, CONTENT + "/exercises/*").authenticated()
                .rule(HttpMethod.GET, CONTENT + "/articles").authenticated()
                .rule(HttpMethod.GET, CONTENT + "/articles/*").authenticated()
                .rule(HttpMethod.GET, CONTENT + "/technique-cues").authenticated()
                .rule(HttpMethod.GET, CONTENT + "/technique-cues/*").authenticated()
                .rule(HttpMethod.GET, CONTENT + "/scope-statements/*").authenticated()
                .build();
    }
}
