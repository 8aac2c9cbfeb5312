package cn.xianfeng.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/** Wraps the cookie resolver so that an unsupported language in the cookie falls back to Chinese. */
class SupportedLocaleResolver implements LocaleResolver {

    private final LocaleResolver delegate;

    SupportedLocaleResolver(LocaleResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return LocaleConfiguration.supported(delegate.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        delegate.setLocale(request, response, locale == null ? null : LocaleConfiguration.supported(locale));
    }
}
