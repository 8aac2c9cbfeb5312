package cn.xianfeng.identity.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;

/** The page behind an invitation link: the person chooses their password, then signs in. */
@Hidden
@Controller
class ActivationController {

    static final String PATH = "/activate";

    private final Activations activations;
    private final MessageSource messages;

    ActivationController(Activations activations, MessageSource messages) {
        this.activations = activations;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@RequestParam(required = false) String token, Model model) {
        return page(token, null, model);
    }

    @PostMapping(PATH)
    String activate(@RequestParam String token, @RequestParam String password, @RequestParam String confirmation,
            Model model) {
        String problem = passwordProblem(password, confirmation);
        if (problem != null) {
            return page(token, problem, model);
        }
        return activations.activate(token, password)
                ? "redirect:" + SecurityConfiguration.SIGN_IN_PAGE + "?activated"
                : page(token, null, model);
    }

    private String page(String token, String error, Model model) {
        var invitee = activations.invitee(token);
        model.addAttribute("token", token);
        model.addAttribute("name", invitee.orElse(null));
        model.addAttribute("invalidLink", invitee.isEmpty());
        model.addAttribute("error", error);
        return "activate";
    }

    /** The same rules as at sign-up: at least 10 characters, not only digits; and typed the same twice. */
    private String passwordProblem(String password, String confirmation) {
        Locale locale = LocaleContextHolder.getLocale();
        if (password.length() < 10 || password.length() > 128) {
            return messages.getMessage("onboarding.password.length", null, locale);
        }
        if (password.chars().allMatch(Character::isDigit)) {
            return messages.getMessage("onboarding.password.only-digits", null, locale);
        }
        if (!password.equals(confirmation)) {
            return messages.getMessage("activate.error.mismatch", null, locale);
        }
        return null;
    }
}
