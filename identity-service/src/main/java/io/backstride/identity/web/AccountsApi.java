package io.backstride.identity.web;

import java.util.List;
import java.util.Set;

import io.backstride.identity.application.Accounts;
import io.backstride.identity.domain.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/accounts")
class AccountsApi {

    private final Accounts accounts;

    AccountsApi(Accounts accounts) {
        this.accounts = accounts;
    }

    record RolesRequest(@NotNull Set<Role> roles) {
    }

    record AccountRolesResponse(String accountId, String tenantId, List<String> roles) {
    }

    @Operation(summary = "Replace an account's roles (platform admins); audited")
    @PutMapping("/{accountId}/roles")
    AccountRolesResponse changeRoles(@PathVariable String accountId, @Valid @RequestBody RolesRequest request,
                                     @AuthenticationPrincipal Jwt token) {
        Accounts.Account account = accounts.changeRoles(accountId, request.roles(), Callers.of(token));
        return new AccountRolesResponse(account.id(), account.tenantId(), account.roles().stream().map(Role::name).sorted().toList());
    }
}
