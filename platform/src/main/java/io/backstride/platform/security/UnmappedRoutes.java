package io.backstride.platform.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of every chain: a route a controller serves but no rule names is refused (401 without a token,
 * 403 with one), so a new endpoint cannot be open by accident; a path no controller serves is let through to get
 * its 404 problem.
 */
public final class UnmappedRoutes implements AuthorizationManager<RequestAuthorizationContext> {

    private final ApplicationContext context;

    public UnmappedRoutes(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        return new AuthorizationDecision(!mapped(request.getRequest()));
    }

    private boolean mapped(HttpServletRequest request) {
        RequestMappingHandlerMapping controllers = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Object previousPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return controllers.getHandler(request) != null;
        } catch (Exception wrongMethodOrMediaType) {
            return true; // the path is served, just not like this: still needs a rule
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previousPath);
        }
    }
}
