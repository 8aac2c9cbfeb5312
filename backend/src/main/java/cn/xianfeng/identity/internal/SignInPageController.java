package cn.xianfeng.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;

/** The sign-in form of the identity provider; texts come from messages_*.properties in the caller's language. */
@Hidden
@Controller
class SignInPageController {

    private final IdentityProperties properties;

    SignInPageController(IdentityProperties properties) {
        this.properties = properties;
    }

    @GetMapping(SecurityConfiguration.SIGN_IN_PAGE)
    String signIn(@RequestParam(required = false) String error,
            @RequestParam(required = false) String activated, Model model) {
        model.addAttribute("error", error);
        model.addAttribute("activated", activated != null);
        model.addAttribute("lockoutMinutes", properties.lockout().duration().toMinutes());
        return "sign-in";
    }
}
